using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Tests.Backoffice;

public sealed class RuleMessagesTests
{
    private static readonly IStringLocalizer<SharedResource> Localizer =
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();

    private static readonly Initiative Broken = new()
    {
        Name = LocalizedText.Empty,
        Status = "astrologer",
        Address = new Address(null, "12", ""),
        Location = new GeoPoint(4.35, 50.85),
        Website = "ftp://example.org",
        Contact = new PublicContact("not-an-address", null),
        Languages = ["klingon"],
        StartedYear = 1800,
        PeerWorkerCount = -1,
        Sectors = ["astrology"],
        Publics = ["martians"],
    };

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_rule_of_an_initiative_has_a_message_in_each_interface_language(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var violations = InitiativeRules.Validate(Broken with { Name = LocalizedText.Of(fr: new string('x', 201)) }, TermSet.Empty, 2026)
                .Concat(InitiativeRules.Validate(Broken, TermSet.Empty, 2026))
                .Concat(InitiativeRules.Validate(Broken with { Description = LocalizedText.Of(nl: new string('x', 8001)) }, TermSet.Empty, 2026))
                .ToList();

            Assert.All(violations, violation => Assert.False(Localizer[violation.Code].ResourceNotFound, violation.Code));
            Assert.Equal(15, violations.Select(v => v.Code).Distinct().Count());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Messages_are_grouped_by_field_in_the_interface_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl");
        try
        {
            var byField = RuleMessages.ByField(Localizer, InitiativeRules.Validate(Broken, TermSet.Empty, 2026));

            Assert.Equal(["12 is geen Belgische postcode."], byField["postal_code"]);
            Assert.Contains("Kies minstens één soort ervaringsdeskundigheid.", byField["types"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("fr", "1300", "Namur", "«\u202fNamur\u202f» n'est pas une des localités du code postal 1300. Choisissez-en une\u202f: Limal, Wavre.")]
    [InlineData("nl", "1300", "Namur", "‘Namur’ is geen van de plaatsen met postcode 1300. Kies er een: Limal, Wavre.")]
    [InlineData("en", "4000", "Namur", "Postal code 4000 is Liège, not “Namur”.")]
    [InlineData("fr", "4000", "Namur", "Le code postal 4000 est celui de Liège, pas de «\u202fNamur\u202f».")]
    [InlineData("en", "", "Namur", "The postal code is required.")]
    [InlineData("nl", "9999", "Gent", "9999 is geen Belgische postcode.")]
    public void A_place_that_does_not_fit_its_postal_code_is_explained_in_the_interface_language(string culture, string postalCode, string city, string message)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var initiative = Broken with { Address = new Address(null, postalCode, city) };
            var byField = RuleMessages.ByField(Localizer, InitiativeRules.Validate(initiative, TermSet.Empty, 2026));

            Assert.Contains(message, byField.GetValueOrDefault("city", []).Concat(byField.GetValueOrDefault("postal_code", [])));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
