using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

/// <summary>Everything works with the keyboard alone, and the focused control is always visibly marked.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserSite site)
{
    [Fact]
    public async Task Search_filter_and_open_the_map_with_the_keyboard_alone()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        var page = map.Page;

        await TabUntilAsync(page, "#q");
        await page.Keyboard.TypeAsync("peer");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q=peer$"));
        var withText = await map.Count.InnerTextAsync();

        await TabUntilAsync(page, "input[name=sector]");
        var box = page.Locator("input[name=sector]:focus");
        var value = await box.GetAttributeAsync("value");
        await AssertFocusIsVisibleAsync(page);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(box).ToBeCheckedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"\?q=peer&sector={value}$"));
        await Assertions.Expect(map.Count).Not.ToHaveTextAsync(withText);

        await TabUntilAsync(page, "#map .map-cluster, #map .map-point");
        await AssertFocusIsVisibleAsync(page);
        var marker = page.Locator("#map :focus");
        if (await marker.GetAttributeAsync("data-cluster") is not null)
        {
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"zoom=(9|1\d)\b"));
            await map.WaitForMarkersAsync();
            await TabUntilAsync(page, "#map .map-point");
        }

        var name = await page.Locator("#map .map-point:focus").GetAttributeAsync("aria-label");
        await page.Keyboard.PressAsync("Enter");

        var link = page.Locator(".leaflet-popup a.popup-link");
        await Assertions.Expect(link).ToBeFocusedAsync();
        Assert.StartsWith(await page.Locator(".leaflet-popup .popup-name").InnerTextAsync(), name);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#map .map-point:focus")).ToHaveAttributeAsync("aria-label", name!);
    }

    [Fact]
    public async Task Suggestions_are_chosen_with_the_arrow_keys_and_Enter_opens_the_initiative()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        var page = map.Page;

        await TabUntilAsync(page, "#q");
        await page.Keyboard.TypeAsync("hous");
        var options = page.Locator("#q-suggestions [role=option]");
        await options.First.WaitForAsync();
        await Assertions.Expect(map.SearchBox).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(map.SearchBox).ToHaveAttributeAsync("aria-activedescendant", (await options.First.GetAttributeAsync("id"))!);
        var chosen = await options.First.InnerTextAsync();

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/en/initiatives/[^/?]+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(chosen);
    }

    /// <summary>Presses Tab, as a visitor would, until the focus is on an element matching the selector.</summary>
    private static async Task TabUntilAsync(IPage page, string selector, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
        }
        Assert.Fail($"{limit} presses of Tab never reached {selector}");
    }

    /// <summary>The focused element shows a focus ring at least 2px wide, in a colour other than transparent.</summary>
    private static async Task AssertFocusIsVisibleAsync(IPage page)
    {
        var ring = await page.EvaluateAsync<string[]>(
            "() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor]; }");
        Assert.NotEqual("none", ring[0]);
        Assert.True(double.Parse(ring[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"outline {ring[1]}");
        Assert.DoesNotContain("rgba(0, 0, 0, 0)", ring[2]);
    }
}
