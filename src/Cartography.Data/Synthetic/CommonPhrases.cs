namespace Cartography.Data.Synthetic;

/// <summary>The sentences and names every synthetic initiative draws from, whatever its sector.</summary>
internal static class CommonPhrases
{
    /// <summary>The first sentence: where, and what the peer workers have been through.</summary>
    public static Phrase Opening(int variant, Phrase place, Phrase experience) => variant % 2 == 0
        ? new($"À {place.Fr}, des pair-aidant·e·s qui ont eux-mêmes traversé {experience.Fr} mettent leur savoir expérientiel au service d'autres personnes.",
              $"In {place.Nl} zetten ervaringsdeskundigen die zelf {experience.Nl} hebben meegemaakt hun ervaringskennis in voor anderen.",
              $"In {place.En}, peer workers with lived experience of {experience.En} put their experiential knowledge to work for others.")
        : new($"Ce projet de pair-aidance réunit à {place.Fr} des personnes qui ont connu {experience.Fr} et qui ont fait de leur vécu une ressource.",
              $"Dit project brengt in {place.Nl} ervaringsdeskundigen samen die {experience.Nl} hebben gekend en hun ervaring tot een kracht hebben gemaakt.",
              $"This peer support project brings together people in {place.En} who have lived through {experience.En} and turned that experience into a resource.");

    public static Phrase Doing(Phrase activity) => new($"Ils et elles {activity.Fr}.", $"Ze {activity.Nl}.", $"They {activity.En}.");

    public static Phrase RunBy(Phrase organisation) =>
        new($"Organisation : {organisation.Fr}.", $"Organisatie: {organisation.Nl}.", $"Organisation: {organisation.En}.");

    public static IReadOnlyDictionary<string, Phrase> ByStatus { get; } = new Dictionary<string, Phrase>
    {
        ["salaried"] = new("Les pair-aidant·e·s sont salarié·e·s et bénéficient d'une supervision régulière.",
            "De ervaringsdeskundigen zijn in loondienst en krijgen regelmatig supervisie.",
            "The peer workers are salaried and receive regular supervision."),
        ["volunteer"] = new("Les pairs s'engagent bénévolement, avec le soutien d'une coordinatrice.",
            "De ervaringsdeskundigen zetten zich vrijwillig in, met steun van een coördinator.",
            "The peers volunteer, supported by a coordinator."),
        ["self-employed"] = new("Les pair-aidant·e·s interviennent comme indépendant·e·s, à la demande des services.",
            "De ervaringsdeskundigen werken als zelfstandige, op vraag van de diensten.",
            "The peer workers are self-employed and work at the request of services."),
        ["trainee"] = new("Des pair-aidant·e·s en formation y effectuent leur stage.",
            "Ervaringsdeskundigen in opleiding lopen er stage.",
            "Peer workers in training do their placement here."),
        ["mixed"] = new("L'équipe associe pair-aidant·e·s salarié·e·s et bénévoles.",
            "Het team bestaat uit betaalde en vrijwillige ervaringsdeskundigen.",
            "The team brings together salaried and volunteer peer workers."),
    };

    public static IReadOnlyList<Phrase> Closings { get; } =
    [
        new("Le savoir expérientiel des pairs complète celui des professionnel·le·s.",
            "De ervaringskennis van de ervaringsdeskundigen vult de kennis van de hulpverleners aan.",
            "Peer workers' experiential knowledge complements professional expertise."),
        new("Les rencontres sont gratuites et ouvertes à toutes et tous.",
            "De bijeenkomsten zijn gratis en voor iedereen toegankelijk.",
            "Meetings are free and open to everyone."),
        new("La pair-aidance y est reconnue comme une fonction à part entière.",
            "Ervaringsdeskundigheid is er een volwaardige functie.",
            "Peer support is recognised there as a role in its own right."),
        new("Une intervision entre pairs a lieu chaque mois.",
            "Elke maand is er intervisie tussen ervaringsdeskundigen.",
            "Peer workers meet every month for peer supervision."),
    ];

    public static Phrase Starting { get; } = new(
        "Le projet démarre : les premières rencontres sont prévues cette année.",
        "Het project gaat van start: de eerste bijeenkomsten zijn gepland voor dit jaar.",
        "The project is starting: the first meetings are planned for this year.");

    public static Phrase Ended { get; } = new(
        "Le projet a pris fin ; cette fiche est conservée pour mémoire.",
        "Het project is afgelopen; deze fiche blijft bewaard ter informatie.",
        "The project has ended; this entry is kept for reference.");

    /// <summary>Invented project names, by the language of the region they are used in.</summary>
    public static IReadOnlyList<string> FrenchBrands { get; } =
    [
        "Entre Pairs", "Le Relais", "La Passerelle", "L'Escale", "Le Pont", "Horizon", "Rebond", "Traverse",
        "La Boussole", "Éclaircie", "Le Phare", "Trait d'Union", "Envol", "Le Fil", "Pas à Pas", "Cap Rétablissement",
    ];

    public static IReadOnlyList<string> DutchBrands { get; } =
    [
        "De Brug", "Kompas", "Ankerpunt", "Tegenwind", "Opstap", "De Overkant", "Vonk", "Herstelkracht",
        "Zonnewende", "Draagkracht", "Lichtpunt", "Samen Sterk", "Stapsteen", "Ervaringskracht", "De Horizon", "Wegwijs",
    ];

    public static IReadOnlyList<string> FrenchStreets { get; } =
    [
        "Rue de la Station", "Rue Haute", "Avenue de la Gare", "Rue du Marché", "Place Communale", "Rue des Écoles",
        "Chaussée de Bruxelles", "Rue de l'Église", "Rue du Moulin", "Boulevard Albert Ier", "Rue Saint-Laurent",
        "Avenue des Tilleuls", "Rue de la Paix", "Quai de la Sambre", "Rue Neuve", "Rue du Progrès",
    ];

    public static IReadOnlyList<string> DutchStreets { get; } =
    [
        "Stationsstraat", "Kerkstraat", "Dorpsstraat", "Markt", "Molenstraat", "Nieuwstraat", "Kapelstraat",
        "Schoolstraat", "Veldstraat", "Hoogstraat", "Brugstraat", "Lindelaan", "Kouter", "Vaartstraat",
        "Sint-Jansstraat", "Gasthuisstraat",
    ];

    public static IReadOnlyList<string> GermanStreets { get; } =
    [
        "Bahnhofstraße", "Kirchstraße", "Hauptstraße", "Marktplatz", "Aachener Straße", "Schulstraße", "Neustraße",
    ];
}
