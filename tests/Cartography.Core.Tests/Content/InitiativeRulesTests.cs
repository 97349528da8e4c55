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

    [Theory]
    [InlineData("1001")]
    [InlineData("9999")]
    [InlineData("0999")]
    public void A_postal_code_missing_from_bposts_list_is_refused_with_the_code(string postalCode)
    {
        var initiative = Valid() with { Address = new Address(null, postalCode, "Bruxelles") };

        var violation = Assert.Single(InitiativeRules.Validate(initiative, Terms, 2026));

        Assert.Equal(("postal_code", "Rule_PostalCode_Invalid"), (violation.Field, violation.Code));
        Assert.Equal([postalCode], violation.Arguments);
        Assert.Equal($"'{postalCode}' is not a Belgian postal code", violation.Message);
    }

    [Fact]
    public void A_missing_postal_code_is_required_not_invalid()
    {
        var initiative = Valid() with { Address = new Address(null, " ", "Wavre") };

        Assert.Equal(["Rule_PostalCode_Required"], Codes(initiative));
    }

    [Theory]
    [InlineData("1300", "Wavre")]
    [InlineData("1300", "Limal")]
    [InlineData("1300", "waver")]
    [InlineData("4000", "Luik")]
    [InlineData("4000", "Lüttich")]
    [InlineData("1050", "Elsene")]
    [InlineData("6680", "Tillet")]
    public void A_city_naming_one_of_the_codes_places_in_any_language_passes(string postalCode, string city) =>
        Assert.Empty(Codes(Valid() with { Address = new Address(null, postalCode, city) }));

    [Fact]
    public void A_city_naming_none_of_several_places_is_refused_with_the_places_to_choose_from()
    {
        var initiative = Valid() with { Address = new Address(null, "1300", "Namur") };

        var violation = Assert.Single(InitiativeRules.Validate(initiative, Terms, 2026));

        Assert.Equal(("city", InitiativeRules.CityNotInPostalCode), (violation.Field, violation.Code));
        Assert.Equal("Namur", violation.Arguments[0]);
        Assert.Equal("1300", violation.Arguments[1]);
        Assert.Equal(["Limal", "Wavre"], violation.Arguments[2].Split(", ").Order());
    }

    [Fact]
    public void A_city_that_is_not_the_codes_one_place_is_refused_naming_that_place()
    {
        var initiative = Valid() with { Address = new Address(null, "4000", "Namur") };

        var violation = Assert.Single(InitiativeRules.Validate(initiative, Terms, 2026));

        Assert.Equal(("city", InitiativeRules.CityOfOtherPlace), (violation.Field, violation.Code));
        Assert.Equal(["Namur", "4000", "Liège"], violation.Arguments);
    }

    [Fact]
    public void Province_and_region_of_a_new_address_come_from_its_municipality()
    {
        var initiative = Valid() with { Address = new Address(null, "7900", "Grandmetz").Resolved() };

        Assert.Equal("57094", initiative.Address.Municipality);
        Assert.Same(Province.Hainaut, initiative.Province);
        Assert.Same(Region.Wallonia, initiative.Region);
    }

    [Fact]
    public void A_city_longer_than_any_place_name_is_refused_without_being_looked_up()
    {
        var initiative = Valid() with { Address = new Address(null, "1300", new string('w', InitiativeRules.MaxCityLength + 1)) };

        var violation = Assert.Single(InitiativeRules.Validate(initiative, Terms, 2026));

        Assert.Equal(("city", "Rule_City_TooLong"), (violation.Field, violation.Code));
        Assert.Equal(["100"], violation.Arguments);
    }
}
