using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>
/// A small published directory whose answers can be counted by hand.
/// <code>
/// label     fr name                    nl name                      en name                sectors                  type        status         postal code
/// arlon     Pair-aidance en Ardenne    -                            -                      addiction                one-to-one  salaried       6700 Arlon      (luxembourg)
/// maison    Maison du Rétablissement   Huis van Herstel             Recovery House         mental-health, addiction groups      volunteer      1000 Bruxelles  (brussels)  org Entraide Bruxelloise
/// ecoute    Écoute entre pairs         Luisteren onder lotgenoten   -                      mental-health            one-to-one  salaried       4000 Liège      (liege)     org Réseau Wallon
/// academie  -                          Herstelacademie              Recovery Academy       mental-health            training    salaried       2000 Antwerpen  (antwerp)
/// zelfhulp  -                          Zelfhulpgroep Gent           Ghent self-help group  poverty-homelessness     groups      volunteer      9000 Gent       (east-flanders)
/// depart    Départ nouveau             -                            -                      poverty-homelessness     one-to-one  self-employed  5000 Namur      (namur)     org not published
/// ancrage   Ancrage                    Anker                        Anchor                 addiction                training    salaried       1050 Ixelles    (brussels)  org Entraide Bruxelloise
/// </code>
/// </summary>
internal static class SampleDirectory
{
    public static readonly Guid Arlon = new("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Maison = new("00000000-0000-0000-0000-000000000002");
    public static readonly Guid Ecoute = new("00000000-0000-0000-0000-000000000003");
    public static readonly Guid Academie = new("00000000-0000-0000-0000-000000000004");
    public static readonly Guid Zelfhulp = new("00000000-0000-0000-0000-000000000005");
    public static readonly Guid Depart = new("00000000-0000-0000-0000-000000000006");
    public static readonly Guid Ancrage = new("00000000-0000-0000-0000-000000000007");

    public static readonly Guid EntraideBruxelloise = new("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid ReseauWallon = new("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid UnpublishedOrganisation = new("00000000-0000-0000-0000-0000000000a3");

    public static readonly Guid DayAtTheHouse = new("00000000-0000-0000-0000-0000000000b1");
    public static readonly Guid TwoHouses = new("00000000-0000-0000-0000-0000000000b2");
    public static readonly Guid UndatedAcademy = new("00000000-0000-0000-0000-0000000000b3");

    private static readonly Dictionary<Guid, string> Labels = new()
    {
        [Arlon] = "arlon",
        [Maison] = "maison",
        [Ecoute] = "ecoute",
        [Academie] = "academie",
        [Zelfhulp] = "zelfhulp",
        [Depart] = "depart",
        [Ancrage] = "ancrage",
    };

    /// <summary>Every label, sorted.</summary>
    public static IReadOnlyList<string> AllLabels { get; } = ["academie", "ancrage", "arlon", "depart", "ecoute", "maison", "zelfhulp"];

    public static string LabelOf(Guid id) => Labels[id];

    /// <summary>The labels of a page's items, in the page's order.</summary>
    public static IReadOnlyList<string> LabelsOf(InitiativePage page) => page.Items.Select(i => LabelOf(i.Id)).ToList();

    /// <summary>The labels of a page's items, sorted, for tests about which items match rather than their order.</summary>
    public static IReadOnlyList<string> SortedLabelsOf(InitiativePage page) =>
        page.Items.Select(i => LabelOf(i.Id)).Order(StringComparer.Ordinal).ToList();

    public static DirectorySnapshot Build() => new(Initiatives(), Organisations(), Portraits(), [], Terms);

    /// <summary>The terms the sample uses, in the order facets list them.</summary>
    public static TermSet Terms { get; } = new(
        new (Vocabulary Vocabulary, string[] Keys)[]
        {
            (Vocabulary.Sector, ["mental-health", "addiction", "poverty-homelessness", "prison-justice"]),
            (Vocabulary.Type, ["one-to-one", "groups", "training"]),
            (Vocabulary.Status, ["salaried", "volunteer", "self-employed"]),
        }.SelectMany(v => v.Keys.Select((key, position) => new Term(v.Vocabulary, key, LocalizedText.Of(en: key), position))));

    public static IEnumerable<Published<Initiative>> Initiatives() =>
    [
        new(Arlon, Initiative(LocalizedText.Of(fr: "Pair-aidance en Ardenne"), "6700", "Arlon") with
        {
            Description = LocalizedText.Of(fr: "Soutien par des pairs"),
            Slug = LocalizedText.Of(fr: "pair-aidance-en-ardenne"),
            Sectors = ["addiction"],
            Types = ["one-to-one"],
            Status = "salaried",
        }),
        new(Maison, Initiative(LocalizedText.Of(fr: "Maison du Rétablissement", nl: "Huis van Herstel", en: "Recovery House"), "1000", "Bruxelles") with
        {
            Description = LocalizedText.Of(fr: "Un lieu d'accueil"),
            Slug = LocalizedText.Of(fr: "maison-du-retablissement", nl: "huis-van-herstel", en: "recovery-house"),
            OrganisationId = EntraideBruxelloise,
            Sectors = ["mental-health", "addiction"],
            Types = ["groups"],
            Status = "volunteer",
        }),
        new(Ecoute, Initiative(LocalizedText.Of(fr: "Écoute entre pairs", nl: "Luisteren onder lotgenoten"), "4000", "Liège") with
        {
            Slug = LocalizedText.Of(fr: "ecoute-entre-pairs", nl: "luisteren-onder-lotgenoten"),
            OrganisationId = ReseauWallon,
            Sectors = ["mental-health"],
            Types = ["one-to-one"],
            Status = "salaried",
        }),
        new(Academie, Initiative(LocalizedText.Of(nl: "Herstelacademie", en: "Recovery Academy"), "2000", "Antwerpen") with
        {
            Description = LocalizedText.Of(nl: "Vorming door ervaringsdeskundigen", en: "Training by experts by experience"),
            Slug = LocalizedText.Of(nl: "herstelacademie", en: "recovery-academy"),
            Sectors = ["mental-health"],
            Types = ["training"],
            Status = "salaried",
        }),
        new(Zelfhulp, Initiative(LocalizedText.Of(nl: "Zelfhulpgroep Gent", en: "Ghent self-help group"), "9000", "Gent") with
        {
            Sectors = ["poverty-homelessness"],
            Types = ["groups"],
            Status = "volunteer",
        }),
        new(Depart, Initiative(LocalizedText.Of(fr: "Départ nouveau"), "5000", "Namur") with
        {
            OrganisationId = UnpublishedOrganisation,
            Sectors = ["poverty-homelessness"],
            Types = ["one-to-one"],
            Status = "self-employed",
        }),
        new(Ancrage, Initiative(LocalizedText.Of(fr: "Ancrage", nl: "Anker", en: "Anchor"), "1050", "Ixelles") with
        {
            OrganisationId = EntraideBruxelloise,
            Sectors = ["addiction"],
            Types = ["training"],
            Status = "salaried",
        }),
    ];

    public static IEnumerable<Published<Organisation>> Organisations() =>
    [
        new(EntraideBruxelloise, new Organisation { Name = LocalizedText.Of(fr: "Entraide Bruxelloise", nl: "Brusselse Zelfhulp") }),
        new(ReseauWallon, new Organisation { Name = LocalizedText.Of(fr: "Réseau Wallon") }),
    ];

    /// <summary>Handed over oldest first, on purpose, so that any order the snapshot shows is its own.</summary>
    public static IEnumerable<Published<Portrait>> Portraits() =>
    [
        new(UndatedAcademy, new Portrait
        {
            Title = LocalizedText.Of(nl: "Herstel in Antwerpen"),
            Slug = LocalizedText.Of(nl: "herstel-in-antwerpen"),
            InitiativeIds = [Academie],
        }),
        new(DayAtTheHouse, new Portrait
        {
            Title = LocalizedText.Of(fr: "Une journée à la Maison", nl: "Een dag in het Huis"),
            Slug = LocalizedText.Of(fr: "une-journee-a-la-maison", nl: "een-dag-in-het-huis"),
            InitiativeIds = [Maison],
            Date = new DateOnly(2024, 5, 1),
        }),
        new(TwoHouses, new Portrait
        {
            Title = LocalizedText.Of(fr: "Deux maisons", nl: "Twee huizen", en: "Two houses"),
            Slug = LocalizedText.Of(fr: "deux-maisons", nl: "twee-huizen", en: "two-houses"),
            InitiativeIds = [Maison, Ecoute],
            Date = new DateOnly(2025, 1, 15),
        }),
    ];

    /// <summary>An initiative with nothing but a name and an address; tests add what they need with <c>with</c>.</summary>
    public static Initiative Initiative(LocalizedText name, string postalCode, string city) => new()
    {
        Name = name,
        Status = "volunteer",
        Address = new Address(null, postalCode, city),
    };
}
