using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;

namespace Cartography.Core.Tests.Content;

public class InitiativeRulesTests
{
    private static readonly TermSet Terms = new(
    [
        new Term(Vocabulary.Sector, "addiction", LocalizedText.Of(en: "Addiction"), 1),
        new Term(Vocabulary.Type, "groups", LocalizedText.Of(en: "Groups"), 1),
        new Term(Vocabulary.Status, "salaried", LocalizedText.Of(en: "Salaried"), 1),
    ]);

    private static Initiative Valid() => new()
    {
        Name = LocalizedText.Of(nl: "Herstelgroep"),
        Sectors = ["addiction"],
        Types = ["groups"],
        Status = "salaried",
        Address = new Address(null, "2000", "Antwerpen"),
        Location = new GeoPoint(51.2194, 4.4025),
        Website = "https://herstel.example.org",
        Languages = ["nl", "en"],
        StartedYear = 2019,
    };

    private static IEnumerable<string> Codes(Initiative initiative) =>
        InitiativeRules.Validate(initiative, Terms, 2026).Select(v => v.Code);

    [Fact]
    public void A_complete_initiative_breaks_no_rule() => Assert.Empty(Codes(Valid()));

    [Fact]
    public void Every_violation_is_reported_at_once()
    {
        var bad = Valid() with
        {
            Name = LocalizedText.Empty,
            Sectors = ["astrology"],
            Types = [],
            Status = "slave",
            Address = new Address(null, "0999", ""),
            Location = new GeoPoint(4.4, 51.2),
            Website = "javascript:alert(1)",
            Contact = new PublicContact("not-an-email", null),
            Languages = ["klingon"],
            StartedYear = 1800,
            PeerWorkerCount = -1,
        };

        Assert.Equal(
            new[]
            {
                "Rule_Name_Required", "Rule_Sector_Unknown", "Rule_Type_Required", "Rule_Status_Unknown",
                "Rule_PostalCode_Invalid", "Rule_City_Required", "Rule_Location_OutsideBelgium", "Rule_Website_Invalid",
                "Rule_Email_Invalid", "Rule_Language_Unknown", "Rule_StartedYear_OutOfRange", "Rule_PeerWorkers_OutOfRange",
            },
            Codes(bad));
    }

    [Fact]
    public void Province_and_region_follow_the_postal_code()
    {
        var initiative = Valid() with { Address = new Address(null, "6700", "Arlon") };

        Assert.Same(Province.Luxembourg, initiative.Province);
        Assert.Same(Region.Wallonia, initiative.Region);
    }
}
