using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Cartography.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.1 A or AA failure on the home page, in any culture; a screenshot of each is kept.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserSite site)
{
    internal static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("fr", "24 initiatives trouvées")]
    [InlineData("nl", "24 initiatieven gevonden")]
    [InlineData("en", "24 initiatives found")]
    public async Task The_home_page_has_no_WCAG_21_AA_violation_and_is_photographed(string culture, string count)
    {
        var map = await MapPage.OpenAsync(site, $"/{culture}/");
        await Assertions.Expect(map.Count).ToHaveTextAsync(count);

        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"home-{culture}.png") });
        var result = await map.Page.RunAxe(Wcag21AA);

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.Contains(result.Passes, rule => rule.Id == "color-contrast");
    }

    [Fact]
    public async Task The_open_popup_the_suggestions_and_the_page_without_javascript_have_no_violation_either()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        var point = await map.ZoomToAPointAsync();
        await point.ClickAsync();
        await map.Page.Locator(".leaflet-popup a.popup-link").WaitForAsync();
        var withPopup = await map.Page.RunAxe(Wcag21AA);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "home-en-popup.png") });

        await map.SearchBox.FillAsync("hous");
        await map.Page.Locator("#q-suggestions [role=option]").First.WaitForAsync();
        await map.SearchBox.PressAsync("ArrowDown");
        var withSuggestions = await map.Page.RunAxe(Wcag21AA);

        // axe needs JavaScript in the page, so the page "without JavaScript" is had by refusing its scripts.
        var plain = await site.OpenAsync("about:blank");
        await plain.RouteAsync("**/*.js", route => route.AbortAsync());
        await plain.GotoAsync("/en/");
        await Assertions.Expect(plain.Locator("#map")).ToBeHiddenAsync();
        var withoutScripts = await plain.RunAxe(Wcag21AA);
        await plain.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "home-en-no-javascript.png"), FullPage = true });

        Assert.True(withPopup.Violations.Length == 0, "popup: " + Describe(withPopup.Violations));
        Assert.True(withSuggestions.Violations.Length == 0, "suggestions: " + Describe(withSuggestions.Violations));
        Assert.True(withoutScripts.Violations.Length == 0, "no JavaScript: " + Describe(withoutScripts.Violations));
    }

    internal static string Describe(AxeResultItem[] violations) => string.Join("\n", violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {n.Html}"))));
}
