using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Deque.AxeCore.Playwright;
using Cartography.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cartography.Browser.Tests;

/// <summary>The practical information on a 320 px phone: the initiative's hours and access, and the form's folded section.</summary>
[Collection(BrowserCollection.Name)]
public class VisitInformationTests(BrowserSite site)
{
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new ViewportSize { Width = 320, Height = 640 } };

    private string LiegePath(Culture culture) =>
        Links.Initiative(culture, site.Services.GetRequiredService<DirectoryReadModel>().Current.Initiatives
            .Single(i => i.Content.Name.In(Culture.Fr) == "Travail de rue et réduction des risques par les pairs à Liège").Content);

    private static Task<bool> OverflowsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task The_hours_and_access_of_an_initiative_fit_a_320_px_phone_without_an_accessibility_failure(string code)
    {
        var page = await site.OpenAsync(LiegePath(Culture.Parse(code)), Phone);

        await Assertions.Expect(page.Locator("section.visit-information table.opening-hours tbody tr")).ToHaveCountAsync(7);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.Locator("section.visit-information").ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"visit-information-{code}-320.png") });
        Assert.False(await OverflowsAsync(page), "the page scrolls sideways at 320 px");
        var result = await page.RunAxe(AccessibilityTests.Wcag21AA);
        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
    }

    [Fact]
    public async Task The_folded_practical_section_of_the_form_opens_from_the_keyboard_and_fits_a_320_px_phone()
    {
        var page = await site.OpenAsync("/nl/register", Phone);
        var details = page.Locator("details.visit-fields");
        await Assertions.Expect(page.Locator("#hours-monday")).ToBeHiddenAsync();

        await details.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#hours-monday")).ToBeVisibleAsync();
        await page.Locator("#hours-monday").FillAsync("09:00–12:30, 13:30–17:00");
        Assert.False(await OverflowsAsync(page), "the form scrolls sideways at 320 px");
        var result = await page.RunAxe(AccessibilityTests.Wcag21AA);
        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
    }
}
