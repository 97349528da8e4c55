using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Browser.Tests;

/// <summary>
/// An initiative's page and an organisation's, as a visitor on a phone and on a desktop gets them: the ways to reach
/// the initiative on the first screen, a map with its pin, sharing, a clean printout, no WCAG 2.1 AA failure, no
/// sideways scrolling. Screenshots of each, at 390×844 and 1366×900, in the three languages.
/// </summary>
[Collection(BrowserCollection.Name)]
public class InitiativePageOnAPhoneTests(BrowserSite site)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    private DirectorySnapshot Snapshot => site.Services.GetRequiredService<DirectoryReadModel>().Current;

    // content/initiatives/cercle-femmes-exilees-molenbeek.yaml: phone, email, website and a position; a long name.
    private string CirclePath(string culture)
    {
        var circle = Snapshot.Initiatives.Single(i => i.Content.Contact.Email == "cercle@nouvellesracines.example.org");
        return $"/{culture}/initiatives/{circle.Content.Slug.In(Culture.Parse(culture))}";
    }

    private string OrganisationPath(string culture, string frenchName = "SMES")
    {
        var organisation = Snapshot.Organisations.Single(o => o.Content.Name.In(Culture.Fr) == frenchName);
        return $"/{culture}/organisations/{organisation.Content.Slug.In(Culture.Parse(culture))}";
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

    /// <summary>The elements that reach past the right edge, to say which one makes the page scroll sideways.</summary>
    private static async Task<string> OverflowingAsync(IPage page) => string.Join(", ", await page.EvaluateAsync<string[]>("""
        () => {
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            const rect = range.getBoundingClientRect();
            if (rect.right > window.innerWidth + 0.5 && !node.parentElement.closest('.leaflet-pane'))
              found.push(node.parentElement.tagName.toLowerCase() + '.' + node.parentElement.className + ' "' + node.textContent.trim().slice(0, 30) + '"');
          }
          for (const e of document.querySelectorAll('body *'))
            if (e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.leaflet-pane')) found.push(e.tagName.toLowerCase() + '.' + e.className);
          return found.slice(0, 8);
        }
        """));

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task On_a_phone_call_email_and_website_lie_on_the_first_screen_as_large_tap_targets(string culture)
    {
        var page = await site.OpenAsync(CirclePath(culture), new() { ViewportSize = Phone });

        var actions = page.Locator(".contact-actions a");
        await Assertions.Expect(actions).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            var box = (await actions.Nth(i).BoundingBoxAsync())!;
            Assert.True(box.Y + box.Height <= Phone.Height, $"action {i} ends at {box.Y + box.Height} px");
            Assert.True(box.Height >= 44 && box.Width >= 44, $"action {i} is {box.Width}×{box.Height} px");
        }
        Assert.False(await ScrollsSidewaysAsync(page));
    }

    [Fact]
    public async Task The_small_map_shows_the_initiatives_pin_and_the_organisations_map_one_per_initiative()
    {
        var page = await site.OpenAsync(CirclePath("fr"), new() { ViewportSize = Desktop });
        await Assertions.Expect(page.Locator(".place-map")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".place-map .place-marker")).ToHaveCountAsync(1);
        // The map takes no keyboard focus: what it shows is in the page as links.
        Assert.Null(await page.Locator(".place-map").GetAttributeAsync("tabindex"));

        var smes = Snapshot.Organisations.Single(o => o.Content.Name.In(Culture.Fr) == "SMES");
        var located = Snapshot.InitiativesRunBy(smes.Id).Count(i => i.Content.Location is not null);
        var organisation = await site.OpenAsync(OrganisationPath("fr"), new() { ViewportSize = Desktop });
        await Assertions.Expect(organisation.Locator(".place-map .place-marker")).ToHaveCountAsync(located);
        Assert.True(located >= 2);
    }

    [Fact]
    public async Task Without_javascript_the_map_and_the_share_buttons_stay_hidden_and_the_address_links_to_openstreetmap()
    {
        var page = await site.OpenAsync(CirclePath("fr"), new() { ViewportSize = Phone, JavaScriptEnabled = false });

        await Assertions.Expect(page.Locator(".place-map")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".share button")).ToHaveCountAsync(2);
        Assert.False(await page.Locator(".share button").First.IsVisibleAsync() || await page.Locator(".share button").Last.IsVisibleAsync());
        await Assertions.Expect(page.Locator("a.place-directions")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("a.place-osm")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Where_the_browser_cannot_share_copy_link_puts_the_address_on_the_clipboard_and_says_so()
    {
        var page = await site.OpenAsync("about:blank", new() { ViewportSize = Phone, Permissions = ["clipboard-read", "clipboard-write"] });
        await page.AddInitScriptAsync("delete Navigator.prototype.share;");
        await page.GotoAsync(CirclePath("en"));

        await Assertions.Expect(page.Locator("[data-share-native]")).ToBeHiddenAsync();
        await page.Locator("[data-share-copy]").ClickAsync();

        await Assertions.Expect(page.Locator(".share [role=status]")).ToHaveTextAsync("Link copied");
        Assert.Equal(site.BaseAddress + CirclePath("en"), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task Where_the_browser_can_share_the_share_button_hands_it_the_title_and_address()
    {
        var page = await site.OpenAsync("about:blank", new() { ViewportSize = Phone });
        await page.AddInitScriptAsync("navigator.share = async data => { window.sharedData = data; };");
        await page.GotoAsync(CirclePath("nl"));

        await Assertions.Expect(page.Locator("[data-share-copy]")).ToBeHiddenAsync();
        await page.Locator("[data-share-native]").ClickAsync();

        await page.WaitForFunctionAsync("() => window.sharedData !== undefined");
        Assert.Equal(site.BaseAddress + CirclePath("nl"), await page.EvaluateAsync<string>("() => window.sharedData.url"));
        Assert.Equal(await page.Locator("h1").InnerTextAsync(), await page.EvaluateAsync<string>("() => window.sharedData.title"));
    }

    [Fact]
    public async Task The_printout_keeps_name_contact_and_address_and_leaves_out_navigation_footer_map_and_buttons()
    {
        var page = await site.OpenAsync(CirclePath("fr"), new() { ViewportSize = Desktop });
        await Assertions.Expect(page.Locator(".place-map")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { ".site-nav", ".site-footer", ".languages", ".place-map", ".share", ".skip-link", ".breadcrumb" })
            await Assertions.Expect(page.Locator(hidden).First).ToBeHiddenAsync();
        foreach (var shown in new[] { "h1", ".contact-actions", ".reach address" })
            await Assertions.Expect(page.Locator(shown)).ToBeVisibleAsync();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "initiative-fr-print.png"), FullPage = true });
    }

    public static TheoryData<string, int> CulturesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var culture in new[] { "fr", "nl", "en" })
            foreach (var width in new[] { 390, 1366 })
                data.Add(culture, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(CulturesAndWidths))]
    public async Task The_initiative_and_organisation_pages_have_no_WCAG_21_AA_violation_and_are_photographed(string culture, int width)
    {
        var size = width == Phone.Width ? Phone : Desktop;
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        foreach (var (name, path) in new[] { ("initiative", CirclePath(culture)), ("organisation", OrganisationPath(culture)) })
        {
            var page = await site.OpenAsync(path, new() { ViewportSize = size });
            await Assertions.Expect(page.Locator(".place-map .place-marker").First).ToBeVisibleAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}-{culture}-{width}.png") });

            var result = await page.RunAxe(AccessibilityTests.Wcag21AA);

            Assert.True(result.Violations.Length == 0, $"{path} at {width} px: " + AccessibilityTests.Describe(result.Violations));
            Assert.False(await ScrollsSidewaysAsync(page), $"{path} scrolls sideways at {width} px: {await OverflowingAsync(page)}");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task At_320_px_neither_page_scrolls_sideways(string culture)
    {
        foreach (var path in new[] { CirclePath(culture), OrganisationPath(culture), OrganisationPath(culture, "Les Nouvelles Racines") })
        {
            var page = await site.OpenAsync(path, new() { ViewportSize = new() { Width = 320, Height = 640 } });
            Assert.False(await ScrollsSidewaysAsync(page), $"{path} scrolls sideways at 320 px: {await OverflowingAsync(page)}");
            await page.Context.CloseAsync();
        }
    }
}
