namespace Cartography.Web.Tests.Pages;

/// <summary>What is not published never reaches a page or the API; a text missing in a culture is shown marked.</summary>
public class PublishingVisibilityTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private const string Draft =
        "draft-1,Brouillon secret,,,,,,,mental-health,groups,volunteer,,1000,Bruxelles,,,,,,,,false";

    private const string FrenchOnly =
        "fr-only-1,Seulement en français,,,\"Un texte **rédigé** en français.\",,,,mental-health,groups,volunteer,,4000,Liège,50.63,5.57,,,,fr,,true";

    [Fact]
    public async Task An_unpublished_initiative_appears_nowhere()
    {
        var report = await factory.ImportAsync(Draft);
        Assert.Equal(Data.Import.ImportRowStatus.Created, Assert.Single(report.Rows).Status);

        foreach (var culture in new[] { "fr", "nl", "en" })
        {
            var list = await client.GetStringAsync($"/{culture}/?q=brouillon");
            Assert.DoesNotContain("Brouillon secret", list);
            Assert.DoesNotContain("Brouillon secret", await client.GetStringAsync($"/api/v1/initiatives?culture={culture}&take=100"));
            Assert.Equal(404, (int)(await client.GetAsync($"/{culture}/initiatives/brouillon-secret")).StatusCode);
        }
    }

    [Fact]
    public async Task Unpublishing_takes_a_published_initiative_off_the_site()
    {
        var published = Draft.Replace("draft-1", "later-draft").Replace("Brouillon secret", "Bientôt retiré").Replace(",false", ",true");
        await factory.ImportAsync(published);
        Assert.Equal(200, (int)(await client.GetAsync("/fr/initiatives/bientot-retire")).StatusCode);

        await factory.ImportAsync(published.Replace(",true", ",false"));

        Assert.Equal(404, (int)(await client.GetAsync("/fr/initiatives/bientot-retire")).StatusCode);
        Assert.DoesNotContain("Bientôt retiré", await client.GetStringAsync("/api/v1/initiatives?take=100"));
    }

    [Theory]
    [InlineData("nl", "Sommige delen van deze pagina zijn nog niet vertaald en worden in het Frans getoond.")]
    [InlineData("en", "Some parts of this page are not yet translated and are shown in French.")]
    public async Task A_missing_translation_falls_back_to_french_in_its_language_and_the_page_says_so_once(string culture, string note)
    {
        await factory.ImportAsync(FrenchOnly);

        var detail = await client.GetAsync($"/{culture}/initiatives/seulement-en-francais", expectOk: true);

        // The name is a proper name: in its language, not counted as untranslated; the description is.
        var title = detail.QuerySelector("h1 [lang]")!;
        Assert.Equal(("fr", "Seulement en français"), (title.GetAttribute("lang"), title.TextContent));
        Assert.Equal(note, Assert.Single(detail.QuerySelectorAll(".fallback-note")).TextContent);
        Assert.DoesNotContain("vertaald", detail.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", detail.QuerySelector(".prose")!.GetAttribute("lang"));
        Assert.Equal("rédigé", detail.QuerySelector(".prose strong")!.TextContent);
        var list = await client.GetAsync($"/{culture}/?q=seulement", expectOk: true);
        Assert.Equal("fr", list.QuerySelector(".result h3 [lang]")!.GetAttribute("lang"));
        Assert.Null(list.QuerySelector(".fallback-note"));
    }

    [Fact]
    public async Task A_text_in_its_own_culture_carries_no_fallback_marking()
    {
        await factory.ImportAsync(FrenchOnly);

        var detail = await client.GetAsync("/fr/initiatives/seulement-en-francais", expectOk: true);

        Assert.Null(detail.QuerySelector("h1 [lang]"));
        Assert.Null(detail.QuerySelector(".fallback-note"));
        Assert.Null(detail.QuerySelector(".prose")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task Markdown_cannot_smuggle_script_into_a_page()
    {
        await factory.ImportAsync(
            "xss-1,Piège,,,\"<script>alert(1)</script> [clic](javascript:alert(2)) <img src=x onerror=alert(3)>\",,,,mental-health,groups,volunteer,,4000,Liège,,,,,,,,true");

        var page = await client.GetAsync("/fr/initiatives/piege", expectOk: true);

        var prose = page.QuerySelector(".prose")!;
        // The page's own modules (the small map, sharing) come from the site; nothing inline, nothing in the prose.
        Assert.Empty(prose.QuerySelectorAll("script"));
        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            Assert.StartsWith("/", script.GetAttribute("src"));
            Assert.True(string.IsNullOrWhiteSpace(script.TextContent), "an inline script");
        });
        Assert.Empty(prose.QuerySelectorAll("img, [onerror]"));
        Assert.DoesNotContain(prose.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Contains("<script>alert(1)</script>", prose.TextContent);
    }
}
