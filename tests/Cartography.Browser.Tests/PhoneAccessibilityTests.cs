using Deque.AxeCore.Playwright;

namespace Cartography.Browser.Tests;

/// <summary>axe finds no WCAG 2.1 A or AA failure on the home page and a search, on a phone and a wide screen; screenshots of each are kept.</summary>
[Collection(BrowserCollection.Name)]
public class PhoneAccessibilityTests(BrowserSite site)
{
    public static TheoryData<int, string> SizesAndCultures()
    {
        var data = new TheoryData<int, string>();
        foreach (var width in new[] { 390, 1366 })
            foreach (var culture in PublicPages.Cultures)
                data.Add(width, culture);
        return data;
    }

    [Theory]
    [MemberData(nameof(SizesAndCultures))]
    public async Task The_home_page_and_a_search_have_no_violation_at_this_size(int width, string culture)
    {
        var size = width == 390 ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 };
        var map = new MapPage(await site.OpenAsync($"/{culture}/", new() { ViewportSize = size }));
        await Assertions.Expect(map.Results).ToHaveCountAsync(20);
        if (width > 390) await map.WaitForMarkersAsync();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"home-{culture}-{width}.png") });
        var home = await map.Page.RunAxe(AccessibilityTests.Wcag21AA);

        await map.SearchBox.FillAsync("housing");
        await map.SearchBox.PressAsync("Enter");
        await Assertions.Expect(map.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?q=housing$"));
        await Assertions.Expect(map.Results.First).ToBeVisibleAsync();
        await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"search-{culture}-{width}.png") });
        var search = await map.Page.RunAxe(AccessibilityTests.Wcag21AA);

        if (width == 390)
        {
            await map.Page.Locator("#filters > summary").ClickAsync();
            await map.Page.Locator(".site-menu > summary").ClickAsync();
            await map.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"home-{culture}-{width}-open.png"), FullPage = true });
        }
        var open = await map.Page.RunAxe(AccessibilityTests.Wcag21AA);

        Assert.True(home.Violations.Length == 0, "home: " + AccessibilityTests.Describe(home.Violations));
        Assert.True(search.Violations.Length == 0, "search: " + AccessibilityTests.Describe(search.Violations));
        Assert.True(open.Violations.Length == 0, "menus open: " + AccessibilityTests.Describe(open.Violations));
    }
}
