namespace Cartography.Data.Synthetic;

/// <summary>How a peer-support type reads in a name ("Groupe d'entraide ...") and in a description ("They run ...").</summary>
internal sealed record TypePhrases(string Key, Phrase Name, Phrase Activity)
{
    public static IReadOnlyList<TypePhrases> All { get; } =
    [
        new("one-to-one",
            new("Accompagnement par les pairs", "Individuele begeleiding door ervaringsdeskundigen", "One-to-one peer support"),
            new("accompagnent individuellement les personnes sur leur chemin de rétablissement",
                "begeleiden mensen individueel op hun herstelweg",
                "offer one-to-one support on the road to recovery")),
        new("groups",
            new("Groupe d'entraide", "Lotgenotengroep", "Peer support group"),
            new("animent un groupe d'entraide où chacun·e peut partager son vécu",
                "begeleiden een lotgenotengroep waar iedereen zijn verhaal kan delen",
                "run a peer support group where everyone can share their story")),
        new("training",
            new("Formation de pair-aidant·e·s", "Opleiding tot ervaringsdeskundige", "Peer worker training"),
            new("forment de futur·e·s pair-aidant·e·s et sensibilisent les professionnel·le·s au savoir expérientiel",
                "leiden nieuwe ervaringsdeskundigen op en geven vorming aan hulpverleners",
                "train new peer workers and teach professionals about experiential knowledge")),
        new("advocacy",
            new("Collectif d'autoreprésentation", "Belangenbehartiging door ervaringsdeskundigen", "Peer advocacy collective"),
            new("portent la voix des usager·e·s auprès des services et des pouvoirs publics",
                "komen op voor de rechten van gebruikers bij diensten en overheden",
                "speak up for service users with services and public authorities")),
        new("co-research",
            new("Co-recherche par les pairs", "Co-onderzoek met ervaringsdeskundigen", "Peer co-research"),
            new("mènent une co-recherche avec des chercheur·e·s universitaires",
                "voeren samen met onderzoekers co-onderzoek uit",
                "carry out co-research with university researchers")),
        new("team-support",
            new("Pair-aidance en équipe", "Ervaringsdeskundigen in het team", "Peer workers in the team"),
            new("travaillent au sein d'une équipe pluridisciplinaire, aux côtés des soignant·e·s",
                "werken mee in een multidisciplinair team, naast de hulpverleners",
                "work within a multidisciplinary team alongside care staff")),
        new("harm-reduction",
            new("Réduction des risques par les pairs", "Schadebeperking door peers", "Peer-led harm reduction"),
            new("informent sur la réduction des risques et distribuent du matériel de consommation stérile",
                "informeren over schadebeperking en delen steriel gebruiksmateriaal uit",
                "share harm reduction information and hand out sterile equipment")),
        new("health-mediation",
            new("Médiation en santé par les pairs", "Gezondheidsbemiddeling door ervaringsdeskundigen", "Peer health mediation"),
            new("font le lien entre les personnes et les services de santé, de la prise de rendez-vous à la consultation",
                "slaan een brug tussen mensen en de gezondheidszorg, van de afspraak tot de consultatie",
                "bridge the gap between people and health services, from booking an appointment to the consultation")),
    ];

    public static TypePhrases Of(string key) => All.First(t => t.Key == key);
}
