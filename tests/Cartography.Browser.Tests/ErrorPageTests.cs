using Deque.AxeCore.Playwright;

namespace Cartography.Browser.Tests;

/// <summary>The not-found page on a phone and a laptop, in each language: its lang, no WCAG 2.1 AA failure, nothing sideways, a search that works from the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public class ErrorPageTests(BrowserSite site)
{
    [Theory]
    [InlineData("fr", 390, 844, "Page introuvable")]
    [InlineData("nl", 390, 844, "Pagina niet gevonden")]
    [InlineData("en", 390, 844, "Page not found")]
    [InlineData("fr", 320, 640, "Page introuvable")]
    [InlineData("nl", 1366, 900, "Pagina niet gevonden")]
    [InlineData("en", 1366, 900, "Page not found")]
    public async Task The_not_found_page_speaks_the_addresses_language_fits_the_screen_and_passes_axe(string culture, int width, int height, string title)
    {
        var page = await site.OpenAsync("about:blank", new() { ViewportSize = new() { Width = width, Height = height } });
        var response = await page.GotoAsync($"/{culture}/initiatives/ervaringsdeskundigen-die-niet-bestaan");

        Assert.Equal(404, response!.Status);
        Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync(title);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"{culture} at {width} px scrolls sideways");
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"not-found-{culture}-{width}.png"), FullPage = true });
        var result = await page.RunAxe(AccessibilityTests.Wcag21AA);

        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_box_of_the_not_found_page_finds_initiatives_from_the_keyboard()
    {
        var page = await site.OpenAsync("/nl/xyz");

        await page.Keyboard.PressAsync("Tab");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Een initiatief zoeken" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("housing");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(site.BaseAddress + "/nl/?q=housing");
        await Assertions.Expect(page.Locator("#q")).ToHaveValueAsync("housing");
        await page.Context.CloseAsync();
    }
}
