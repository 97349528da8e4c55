using System.Net;
using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Cartography.Web.Features.Pages;
using Cartography.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>What every public page shares: the icon, the header's menu, the footer's links; and the one search address.</summary>
public class SiteFrameTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    public static TheoryData<string, string> PagesInEachCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var culture in new[] { "fr", "nl", "en" })
            foreach (var page in new[] { "", "?q=housing", "portraits", "resources", "register", "privacy", "no/such/page" })
                data.Add(culture, page);
        return data;
    }

    [Fact]
    public async Task The_favicon_is_an_icon_file_and_an_svg()
    {
        var client = factory.CreatePlainClient();

        var ico = await client.GetAsync("/favicon.ico");
        var svg = await client.GetAsync("/favicon.svg");
        var logo = await client.GetAsync("/img/logo.svg");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.StartsWith("image/", ico.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await ico.Content.ReadAsByteArrayAsync())[..4]); // an ICO header: reserved 0, type 1
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.Equal("image/svg+xml", logo.Content.Headers.ContentType?.MediaType);
        var page = await factory.CreateClient().GetAsync("/nl/", expectOk: true);
        Assert.Equal(["/favicon.ico", "/favicon.svg"], page.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/fr/initiatives?text=x&sector=y", "/fr/?q=x&sector=y")]
    [InlineData("/nl/initiatives?text=housing+first&type=groups&status=volunteer&province=liege&page=2", "/nl/?q=housing%20first&type=groups&status=volunteer&province=liege&page=2")]
    [InlineData("/en/initiatives?sector=addiction&sector=housing", "/en/?sector=addiction&sector=housing")]
    [InlineData("/en/initiatives", "/en/")]
    public async Task The_old_list_address_leads_to_the_home_search_with_its_filters(string old, string home)
    {
        var response = await factory.CreatePlainClient().GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(home, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Following_the_old_list_address_gives_the_same_search_as_the_home_page()
    {
        var client = factory.CreateClient();

        var old = await client.GetAsync("/en/initiatives?text=housing+first&sector=housing", expectOk: true);
        var home = await client.GetAsync("/en/?q=housing+first&sector=housing", expectOk: true);

        Assert.Equal("housing first", old.QuerySelector("#q")!.GetAttribute("value"));
        Assert.NotNull(old.QuerySelector("#sector-housing")!.GetAttribute("checked"));
        Assert.Equal(home.QuerySelector(".result-count")!.TextContent, old.QuerySelector(".result-count")!.TextContent);
        Assert.NotEqual("24 initiatives found", old.QuerySelector(".result-count")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(PagesInEachCulture))]
    public async Task Every_public_page_has_the_menu_and_the_footer_links_in_its_language(string culture, string page)
    {
        var document = await factory.CreateClient().GetAsync($"/{culture}/{page}", expectOk: false);

        Assert.Equal(culture, document.DocumentElement.GetAttribute("lang"));
        var menu = document.QuerySelector("header details.site-menu")!;
        Assert.Equal(Text(culture, "Menu", "Menu", "Menu"), menu.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal($"/{culture}/register", menu.QuerySelector("nav.site-nav a[href$='/register']")?.GetAttribute("href"));
        var footer = document.QuerySelectorAll("footer nav.footer-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        // The pages linked by key: the published page when there is one (content/pages/), else the stand-in.
        var pages = factory.Services.GetRequiredService<DirectoryReadModel>().Current.Pages;
        var c = Culture.Parse(culture);
        Assert.Equal(
        [
            (Text(culture, "À propos", "Over de kaart", "About"), pages.FindByKey("about") is null ? $"/{culture}/#about" : PageLinks.About(c, pages)),
            (Text(culture, "Comment la carte est faite", "Hoe de kaart gemaakt wordt", "How the map is made"), PageLinks.HowTheMapIsMade(c, pages)),
            (Text(culture, "Accessibilité", "Toegankelijkheid", "Accessibility"), PageLinks.Accessibility(c, pages)),
            (Text(culture, "Vie privée", "Privacy", "Privacy"), $"/{culture}/privacy"),
            (Text(culture, "Mentions légales", "Juridische informatie", "Legal notice"), PageLinks.LegalNotice(c, pages)),
            ("Contact", Links.Contact(c)),
        ], footer.Take(6));
        Assert.Equal((Text(culture, "Données ouvertes", "Open data", "Open data"), $"/api/v1/initiatives?culture={culture}"), footer[^1]);
    }

    [Fact]
    public async Task The_footer_links_lead_to_pages_that_answer()
    {
        var client = factory.CreateClient();
        var document = await client.GetAsync("/nl/portraits", expectOk: true);

        foreach (var href in document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")!).Distinct())
            Assert.True((await client.GetAsync(href)).IsSuccessStatusCode, href);
        if (factory.Services.GetRequiredService<DirectoryReadModel>().Current.Pages.FindByKey("about") is null)
            Assert.NotNull((await client.GetAsync("/nl/", expectOk: true)).QuerySelector("#about h2"));
    }

    private static string Text(string culture, string fr, string nl, string en) => culture switch { "fr" => fr, "nl" => nl, _ => en };
}
