using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Cartography.Browser.Tests.AccessibilityTests;

namespace Cartography.Browser.Tests;

/// <summary>
/// The resource library (filtered) and the contact form (with its errors shown) in the three languages, on a phone and
/// a desktop: no WCAG 2.1 AA violation for axe, nothing wider than the screen, a screenshot of each.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LibraryAndContactTests(BrowserSite site)
{
    [Theory]
    [InlineData("fr", 390)]
    [InlineData("nl", 390)]
    [InlineData("en", 390)]
    [InlineData("fr", 1366)]
    [InlineData("nl", 1366)]
    [InlineData("en", 1366)]
    public async Task The_library_and_the_contact_form_are_accessible_and_fit_the_screen(string culture, int width)
    {
        var size = width == 390 ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 };

        var library = await site.OpenAsync($"/{culture}/resources?theme=practice-guides", new() { ViewportSize = size });
        await Assertions.Expect(library.Locator("article.resource").First).ToBeVisibleAsync();
        await CheckAsync(library, $"resources-{culture}-{width}");

        var contact = await site.OpenAsync($"/{culture}/contact", new() { ViewportSize = size });
        await contact.FillAsync("#name", "Test");
        await contact.Locator("form.contact-form button[type=submit]").ClickAsync();
        await Assertions.Expect(contact.Locator(".error-summary")).ToBeVisibleAsync();
        await CheckAsync(contact, $"contact-{culture}-{width}");
    }

    private static async Task CheckAsync(IPage page, string name)
    {
        var result = await page.RunAxe(Wcag21AA);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, name + ".png"), FullPage = true });
        var overflows = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

        Assert.True(result.Violations.Length == 0, name + ":\n" + Describe(result.Violations));
        Assert.False(overflows, name + " is wider than the screen");
    }
}
