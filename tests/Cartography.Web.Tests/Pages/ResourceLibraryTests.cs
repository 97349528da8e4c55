using System.Net;

namespace Cartography.Web.Tests.Pages;

/// <summary>
/// The library on the seed content (examples included): 14 resources — guides 5, tools 3, books 2, research articles 3,
/// training 1; themes practice-guides 8, roles-and-challenges 6, experiential-knowledge 4, training 2, effects 1;
/// documents in French 8, English 4, Dutch 2. Counted by hand from content/resources/.
/// </summary>
public class ResourceLibraryTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private async Task<AngleSharp.Dom.IDocument> ListAsync(string query) => await factory.CreateClient().GetAsync("/en/resources" + query, expectOk: true);

    private static int Shown(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("article.resource").Length;

    [Fact]
    public async Task The_library_lists_every_resource_grouped_by_category_with_counts()
    {
        var page = await ListAsync("");

        Assert.Equal(14, Shown(page));
        Assert.Equal("14 resources", page.QuerySelector(".resource-count")!.TextContent);
        var groups = page.QuerySelectorAll("section.resource-group").ToDictionary(s => s.QuerySelector("h2")!.Id!, s => s.QuerySelectorAll("article.resource").Length);
        Assert.Equal(new Dictionary<string, int>
        {
            ["category-guide"] = 5, ["category-tool"] = 3, ["category-article"] = 3, ["category-book"] = 2, ["category-training"] = 1,
        }, groups);
        Assert.Equal("(5)", page.QuerySelector("#category-guide .group-count")!.TextContent);
        Assert.DoesNotContain("*", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("?theme=practice-guides", 8)]
    [InlineData("?theme=roles-and-challenges", 6)]
    [InlineData("?theme=experiential-knowledge", 4)]
    [InlineData("?theme=effects", 1)]
    [InlineData("?language=en", 4)]
    [InlineData("?language=nl", 2)]
    [InlineData("?category=guide&language=en", 2)]
    [InlineData("?category=tool&theme=practice-guides", 3)]
    [InlineData("?q=intervision", 1)]
    [InlineData("?q=ERES+jouet", 1)]
    [InlineData("?q=peer+supervision+evaluation", 1)]
    [InlineData("?q=Fédération&language=fr", 2)]
    [InlineData("?category=unknown&theme=%3Cscript%3E&language=xx", 14)]
    public async Task Search_and_filters_narrow_the_list_without_javascript(string query, int expected)
    {
        var page = await ListAsync(query);

        Assert.Equal(expected, Shown(page));
    }

    [Fact]
    public async Task Each_option_counts_what_it_would_give_with_the_other_filters_kept()
    {
        var page = await ListAsync("?language=en");

        Assert.EndsWith("(2)", page.QuerySelector("#resource-category option[value=guide]")!.TextContent);
        Assert.EndsWith("(1)", page.QuerySelector("#resource-theme option[value=effects]")!.TextContent);
        Assert.NotNull(page.QuerySelector("#resource-language option[value=en][selected]"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so_and_offers_the_whole_library()
    {
        var page = await ListAsync("?q=zzzunfindable");

        Assert.Equal(0, Shown(page));
        Assert.NotNull(page.QuerySelector(".no-result a[href='/en/resources']"));
    }

    [Fact]
    public async Task Each_resource_has_its_own_page_with_its_facts_a_doi_link_hreflang_and_breadcrumbs()
    {
        var client = factory.CreateClient();
        var list = await client.GetAsync("/fr/resources?q=Ibrahim", expectOk: true);
        var href = Assert.Single(list.QuerySelectorAll("article.resource h3 a")).GetAttribute("href")!;

        var page = await client.GetAsync(href, expectOk: true);

        Assert.StartsWith("/fr/resources/", href);
        Assert.Contains("Revue systématique", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='https://doi.org/10.1007/s00127-019-01739-1'][rel~=external]"));
        Assert.Contains("Social Psychiatry and Psychiatric Epidemiology", page.QuerySelector("dl.facts")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav.breadcrumb a[href='/fr/resources']"));
        Assert.NotNull(page.QuerySelector("nav.breadcrumb a[href='/fr/resources?category=article']"));
        var english = page.QuerySelector("link[rel=alternate][hreflang=en]")!.GetAttribute("href")!;
        Assert.Contains("/en/resources/", english);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(english).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_resource_slug_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/nl/resources/does-not-exist")).StatusCode);
    }
}
