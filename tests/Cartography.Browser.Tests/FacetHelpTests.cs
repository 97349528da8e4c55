using Deque.AxeCore.Playwright;

namespace Cartography.Browser.Tests;

/// <summary>"What do these terms mean?" beside the facets: opened with the keyboard, inside a 320 px phone, axe clean.</summary>
[Collection(BrowserCollection.Name)]
public class FacetHelpTests(BrowserSite site)
{
    [Theory]
    [InlineData("nl", 320, 640)]
    [InlineData("fr", 390, 844)]
    [InlineData("en", 1366, 900)]
    public async Task The_help_of_a_facet_opens_with_the_keyboard_fits_the_screen_and_has_no_violation(string culture, int width, int height)
    {
        var page = await site.OpenAsync($"/{culture}/", new() { ViewportSize = new() { Width = width, Height = height } });
        var help = page.Locator("fieldset:has(input[name=status]) details.facet-help");
        // On a phone the filters wait behind their own disclosure; on a wide screen they are shown beside the results.
        if (await page.Locator(".filters-toggle").IsVisibleAsync()) await page.Locator(".filters-toggle").ClickAsync();
        await page.Locator("details.more-filters > summary").ClickAsync();
        await Assertions.Expect(help.Locator("summary")).ToBeVisibleAsync();

        await help.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(help.Locator("dd").First).ToBeVisibleAsync();
        await help.ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"facet-help-{culture}-{width}.png") });
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"the page scrolls sideways: {sizes[0]} > {sizes[1]}");
        var result = await page.RunAxe(AccessibilityTests.Wcag21AA);
        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
    }

    [Fact]
    public async Task The_privacy_notice_with_its_cookie_table_has_no_violation_on_a_phone()
    {
        var page = await site.OpenAsync("/fr/privacy", new() { ViewportSize = new() { Width = 390, Height = 844 } });

        await Assertions.Expect(page.Locator(".privacy-cookies tbody tr").First).ToBeVisibleAsync();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "privacy-fr-390.png"), FullPage = true });
        var result = await page.RunAxe(AccessibilityTests.Wcag21AA);
        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
    }
}
