using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Cartography.Web.Tests.Hosting;

/// <summary>The not-found page speaks the address's language, sits in the site's layout and helps the visitor on.</summary>
public sealed class ErrorPageTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    public static TheoryData<string, string, string> MissingAddresses => new()
    {
        { "/fr/xyz", "fr", "Page introuvable" },
        { "/nl/xyz", "nl", "Pagina niet gevonden" },
        { "/en/xyz", "en", "Page not found" },
        { "/nl/no/such/page", "nl", "Pagina niet gevonden" },
        { "/fr/initiatives/aucune-initiative-de-ce-nom", "fr", "Page introuvable" },
        { "/nl/initiatives/geen-initiatief-met-die-naam", "nl", "Pagina niet gevonden" },
        { "/en/portraits/no-such-portrait", "en", "Page not found" },
        { "/error", "fr", "Page introuvable" },
    };

    [Theory]
    [MemberData(nameof(MissingAddresses))]
    public async Task A_missing_address_is_a_404_page_in_its_language_with_search_and_a_way_home(string path, string culture, string title)
    {
        var response = await site.CreatePlainClient().GetAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("main h1")?.TextContent);
        AssertInLayout(page);
        var search = page.QuerySelector("main form[role=search]")!;
        Assert.Equal(("get", $"/{culture}/"), (search.GetAttribute("method"), search.GetAttribute("action")));
        var box = search.QuerySelector("input[name=q]")!;
        Assert.Equal("search", box.GetAttribute("type"));
        Assert.NotNull(search.QuerySelector($"label[for={box.Id}]"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/{culture}/");
    }

    [Theory]
    [InlineData("nl-BE,nl;q=0.9", "nl")]
    [InlineData("en-GB", "en")]
    [InlineData("de-DE", "fr")]
    [InlineData(null, "fr")]
    public async Task An_address_without_a_language_gets_the_visitors_language_or_french(string? acceptLanguage, string culture)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-address");
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);

        var response = await site.CreatePlainClient().SendAsync(request);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"/{culture}/", page.QuerySelector("main form[role=search]")!.GetAttribute("action"));
    }

    [Fact]
    public async Task The_search_box_of_the_404_page_leads_to_the_home_page_search()
    {
        var client = site.CreatePlainClient();
        var page = await Html.ParseAsync(await client.GetAsync("/en/xyz"));
        var form = page.QuerySelector("main form[role=search]")!;

        var results = await client.GetAsync($"{form.GetAttribute("action")}?{form.QuerySelector("input")!.GetAttribute("name")}=housing");

        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Equal("housing", (await Html.ParseAsync(results)).QuerySelector("input#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_wrong_method_on_a_page_is_a_405_in_the_layout_and_keeps_its_allow_header()
    {
        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/nl/portraits"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Methode niet toegestaan", page.QuerySelector("main h1")?.TextContent);
        AssertInLayout(page);
    }

    [Theory]
    [InlineData("/api/v1/nowhere?culture=nl", "Pagina niet gevonden")]
    [InlineData("/api/nowhere?culture=en", "Page not found")]
    [InlineData("/hsds/nowhere?culture=fr", "Page introuvable")]
    public async Task An_unknown_address_under_the_api_is_a_404_problem(string path, string title)
    {
        var response = await site.CreatePlainClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((404, title), (problem.GetProperty("status").GetInt32(), problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_bad_request_under_the_api_is_a_400_problem()
    {
        var response = await site.CreatePlainClient().GetAsync("/api/v1/search?culture=en&bbox=not-a-box");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static void AssertInLayout(IDocument page)
    {
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }
}
