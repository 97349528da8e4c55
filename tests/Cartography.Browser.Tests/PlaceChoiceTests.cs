using Deque.AxeCore.Playwright;
using static Cartography.Browser.Tests.AccessibilityTests;

namespace Cartography.Browser.Tests;

/// <summary>The registration form asks the places endpoint while the postal code is typed: a choice for 1300, a message for 1001.</summary>
[Collection(BrowserCollection.Name)]
public class PlaceChoiceTests(BrowserSite site)
{
    [Theory]
    [InlineData("fr", 1366, 900, "Limal (commune de Wavre)", "1001 n'est pas un code postal belge.")]
    [InlineData("nl", 390, 844, "Limal (gemeente Waver)", "1001 is geen Belgische postcode.")]
    public async Task Typing_a_code_with_several_places_offers_them_and_picking_one_fills_the_city(string culture, int width, int height, string limal, string unknown)
    {
        var page = await site.OpenAsync($"/{culture}/register", new() { ViewportSize = new() { Width = width, Height = height } });
        await page.Locator(".register-map.leaflet-container").WaitForAsync();

        await page.FillAsync("#postal-code", "1300");

        var radios = page.Locator("#place-choice input[type=radio][name='Form.Place']");
        await Assertions.Expect(radios).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#place-choice label").First).ToHaveTextAsync(limal);
        await Assertions.Expect(page.Locator("#place-status")).ToContainTextAsync("1300");
        // The faded default pin stands at the code's place until the visitor places their own.
        await Assertions.Expect(page.Locator(".register-map .leaflet-marker-icon")).ToHaveCountAsync(1);
        Assert.Equal("", await page.InputValueAsync("#latitude"));

        await page.Locator("#place-choice label").First.ClickAsync();
        await Assertions.Expect(page.Locator("#city")).ToHaveValueAsync("Limal");
        var result = await page.RunAxe(Wcag21AA);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.Locator("#place-choice").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"register-place-choice-{culture}-{width}.png") });
        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");

        await page.FillAsync("#postal-code", "1001");
        await Assertions.Expect(page.Locator("#place-status")).ToHaveTextAsync(unknown);
        await Assertions.Expect(radios).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"register-place-unknown-{culture}-{width}.png") });
    }
}
