namespace Cartography.Web.Tests.Pages;

/// <summary>A French description reads with French spacing wherever it is shown; a Dutch one is left as written.</summary>
public sealed class FrenchSpacingTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task A_french_description_gets_narrow_no_break_spaces_but_its_links_and_code_do_not(string culture)
    {
        await factory.ImportAsync("espaces-1,Espaces fines,,,\"Ouvert : **lundi** ! Voir https://example.org/?q=1 ou `a : b`.\",,,,mental-health,groups,volunteer,,4000,Liège,50.63,5.57,,,,fr,,true");

        var page = await factory.CreateClient().GetAsync($"/{culture}/initiatives/espaces-fines", expectOk: true);

        var prose = page.QuerySelector(".prose p")!;
        Assert.StartsWith("Ouvert\u202F: lundi\u202F! Voir https://example.org/?q=1 ou a : b", prose.TextContent);
        Assert.Equal("https://example.org/?q=1", prose.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain(" :", page.QuerySelector("main")!.TextContent.Replace("a : b", ""));
    }

    [Fact]
    public async Task A_dutch_description_is_left_as_written()
    {
        await factory.ImportAsync("spaties-1,,Gewone spaties,,,\"Open : maandag !\",,,mental-health,groups,volunteer,,3000,Leuven,50.88,4.70,,,,nl,,true");

        var page = await factory.CreateClient().GetAsync("/nl/initiatives/gewone-spaties", expectOk: true);

        Assert.Equal("Open : maandag !", page.QuerySelector(".prose p")!.TextContent);
    }
}
