using System.Net.Http.Json;
using AngleSharp.Dom;

namespace Cartography.Web.Tests.Pages;

public class PublicPagesTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> Cultures => new() { "fr", "nl", "en" };

    public static TheoryData<string, string> PagesInEachCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "fr", "nl", "en" })
            foreach (var page in new[] { "", "initiatives", "portraits", "resources", "initiatives?sector=addiction&province=liege" })
                data.Add(culture, page);
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEachCulture))]
    public async Task Every_page_declares_its_culture_and_its_alternates(string culture, string page)
    {
        var document = await client.GetAsync($"/{culture}/{page}", expectOk: true);

        Assert.Equal(culture, document.DocumentElement.GetAttribute("lang"));
        var alternates = document.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["fr", "nl", "en", "x-default"], alternates);
        var current = Assert.Single(document.QuerySelectorAll(".languages a[aria-current=page]"));
        Assert.Equal(culture, current.GetAttribute("hreflang"));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task The_language_switcher_keeps_you_on_the_same_initiative(string culture)
    {
        var list = await client.GetAsync($"/{culture}/?q=housing+first+smes", expectOk: true);
        var detailUrl = list.QuerySelector(".result-list a")!.GetAttribute("href")!;
        var detail = await client.GetAsync(detailUrl, expectOk: true);
        var title = detail.QuerySelector("h1")!.TextContent;

        foreach (var link in detail.QuerySelectorAll(".languages a"))
        {
            var other = await client.GetAsync(link.GetAttribute("href")!, expectOk: true);
            var language = link.GetAttribute("hreflang");
            Assert.Equal(language, other.DocumentElement.GetAttribute("lang"));
            Assert.Contains("Housing First", other.QuerySelector("h1")!.TextContent);
            Assert.Equal(detailUrl, other.QuerySelector($".languages a[hreflang={culture}]")!.GetAttribute("href"));
        }
        Assert.Contains("SMES", title);
    }

    [Fact]
    public async Task The_home_search_filters_by_get_parameters_without_javascript()
    {
        var all = await client.GetAsync("/en/", expectOk: true);
        var filtered = await client.GetAsync("/en/?sector=addiction&province=liege", expectOk: true);

        var api = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/initiatives?sector=addiction&province=liege&take=100");
        Assert.Equal($"{api.GetProperty("total").GetInt32()} initiatives found", filtered.QuerySelector(".result-count")!.TextContent);
        Assert.True(api.GetProperty("total").GetInt32() is > 0 and < 24);
        Assert.Equal("24 initiatives found", all.QuerySelector(".result-count")!.TextContent);
        Assert.Equal("checked", filtered.QuerySelector("#sector-addiction")!.GetAttribute("checked") is not null ? "checked" : "not");
        Assert.Null(filtered.QuerySelector("#sector-housing")!.GetAttribute("checked"));
        Assert.Equal("get", filtered.QuerySelector("form#search-form")!.GetAttribute("method"));
        Assert.Equal(api.GetProperty("total").GetInt32(), filtered.QuerySelectorAll(".result-list > .result").Length);
        // The filters wait behind one "Filters (n)" button that counts the ticked ones, and works without script.
        Assert.Equal("(2)", filtered.QuerySelector("details#filters > summary .filters-count")!.TextContent);
        Assert.Equal("(0)", all.QuerySelector("details#filters > summary .filters-count")!.TextContent);
    }

    [Fact]
    public async Task The_list_is_paged_and_the_pages_cover_every_initiative_once()
    {
        var first = await client.GetAsync("/fr/", expectOk: true);
        var second = await client.GetAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!, expectOk: true);

        var names = first.QuerySelectorAll(".result h3").Concat(second.QuerySelectorAll(".result h3")).Select(h => h.TextContent).ToList();
        Assert.Equal(20, first.QuerySelectorAll(".result").Length);
        Assert.Equal(24, names.Distinct().Count());
        Assert.Equal("Page 2 sur 2", second.QuerySelector(".pager [aria-current=page]")!.TextContent);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task Text_search_ignores_accents_and_case()
    {
        var document = await client.GetAsync("/fr/?q=LIEGE", expectOk: true);

        Assert.NotEmpty(document.QuerySelectorAll(".result"));
        Assert.All(document.QuerySelectorAll(".result .meta"), meta => Assert.Contains("Liège", meta.TextContent + document.Body!.TextContent));
    }

    [Fact]
    public async Task An_unknown_filter_value_is_named_in_a_localized_notice_and_ignored()
    {
        var document = await client.GetAsync("/nl/?sector=astrology", expectOk: true);

        Assert.Contains("‘astrology’ is geen gekende waarde voor parameter sector.", document.QuerySelector(".notice")!.TextContent);
        Assert.Equal("24 initiatieven gevonden", document.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task Example_entries_carry_a_badge_and_real_ones_do_not()
    {
        var document = await client.GetAsync("/en/?q=SMES", expectOk: true);

        var results = document.QuerySelectorAll(".result").ToList();
        Assert.Contains(results, r => r.QuerySelector(".badge-example") is null);
        var example = await client.GetAsync("/en/?q=Eupen", expectOk: true);
        Assert.Equal("Example", example.QuerySelector(".result .badge-example")!.TextContent);
    }

    [Fact]
    public async Task The_detail_page_says_when_the_record_was_last_verified()
    {
        var document = await client.GetAsync("/nl/?q=housing+first+smes", expectOk: true);
        var detail = await client.GetAsync(document.QuerySelector(".result-list a")!.GetAttribute("href")!, expectOk: true);

        Assert.Equal("Gegevens gecontroleerd op 1 juni 2026.", detail.QuerySelector(".verified")!.TextContent);
    }

    [Theory]
    [InlineData("/fr/portraits")]
    [InlineData("/nl/portraits")]
    public async Task Portraits_open_from_the_list_with_their_body_rendered_from_markdown(string url)
    {
        var list = await client.GetAsync(url, expectOk: true);
        var links = list.QuerySelectorAll(".cards h2 a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(3, links.Count);
        foreach (var link in links)
        {
            var portrait = await client.GetAsync(link, expectOk: true);
            Assert.NotNull(portrait.QuerySelector(".prose p"));
            Assert.NotNull(portrait.QuerySelector(".prose blockquote"));
            Assert.NotEmpty(portrait.QuerySelectorAll("article a[href*='/initiatives/']"));
        }
    }

    [Fact]
    public async Task Resources_are_grouped_by_category()
    {
        var document = await client.GetAsync("/en/resources", expectOk: true);

        Assert.Contains(document.QuerySelectorAll("h2").Select(h => h.TextContent), h => h.StartsWith("Methodological guide (", StringComparison.Ordinal));
        Assert.Equal(Directory.GetFiles(Path.Combine(CartographyFactory.RepositoryRoot, "content", "resources"), "*.yaml").Length, document.QuerySelectorAll("article.resource").Length);
    }

    [Theory]
    [InlineData("/de/")]
    [InlineData("/de/initiatives")]
    [InlineData("/FR/initiatives")]
    [InlineData("/fr/initiatives/no-such-initiative")]
    [InlineData("/fr/portraits/no-such-portrait")]
    [InlineData("/fr/no/such/page")]
    public async Task Unknown_cultures_and_items_answer_a_localized_404(string url)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(404, (int)response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.NotNull(document.QuerySelector("h1"));
        Assert.NotNull(document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Every_page_offers_a_skip_link_to_the_main_content()
    {
        var document = await client.GetAsync("/en/", expectOk: true);

        Assert.Equal("#main", document.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main"));
    }
}
