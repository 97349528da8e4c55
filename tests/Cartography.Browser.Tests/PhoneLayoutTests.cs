using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

/// <summary>The public site on a 320 and a 390 px phone and on a 1366 px screen, in the three languages.</summary>
[Collection(BrowserCollection.Name)]
public class PhoneLayoutTests(BrowserSite site)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize SmallPhone = new() { Width = 320, Height = 640 };
    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    public static TheoryData<int, string> SizesAndCultures()
    {
        var data = new TheoryData<int, string>();
        foreach (var width in new[] { 320, 390, 1366 })
            foreach (var culture in PublicPages.Cultures)
                data.Add(width, culture);
        return data;
    }

    public static TheoryData<string> Cultures() => new(PublicPages.Cultures);

    private static ViewportSize Size(int width) => width switch { 320 => SmallPhone, 390 => Phone, _ => Desktop };

    [Theory]
    [MemberData(nameof(SizesAndCultures))]
    public async Task No_public_page_scrolls_sideways(int width, string culture)
    {
        var page = await site.OpenAsync("about:blank", new() { ViewportSize = Size(width) });
        var overflowing = new List<string>();

        foreach (var (name, path) in PublicPages.All)
        {
            await PublicPages.GoToAsync(page, path, culture);
            var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, innerWidth]");
            if (sizes[0] > sizes[1]) overflowing.Add($"{name} ({page.Url}): {sizes[0]} > {sizes[1]}, widest: {await WidestAsync(page)}");
        }

        Assert.True(overflowing.Count == 0, string.Join("\n", overflowing));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task On_a_phone_the_header_is_at_most_90_px_and_its_menu_opens_with_the_keyboard(string culture)
    {
        var page = await site.OpenAsync($"/{culture}/portraits", new() { ViewportSize = Phone });
        var menu = page.Locator(".site-menu > summary");
        var links = page.Locator("nav.site-nav a");

        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 90, $"the header is {header.Height} px tall");
        await Assertions.Expect(page.Locator(".languages a[hreflang=nl]")).ToBeVisibleAsync();
        await Assertions.Expect(links.First).ToBeHiddenAsync();

        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        // Initiatives, portraits, resources, register, and the methodological guide (a page linked from the header).
        await Assertions.Expect(links).ToHaveCountAsync(5);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(links.First).ToBeFocusedAsync();
        await menu.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(links.First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_navigation_is_in_the_header_line_without_a_menu_button()
    {
        var page = await site.OpenAsync("/nl/resources", new() { ViewportSize = Desktop, JavaScriptEnabled = false });

        await Assertions.Expect(page.Locator(".site-menu > summary")).ToBeHiddenAsync();
        var register = page.GetByRole(AriaRole.Link, new() { Name = "Een initiatief aanmelden" });
        await Assertions.Expect(register).ToBeVisibleAsync();
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        var link = await register.BoundingBoxAsync();
        Assert.True(link!.Y + link.Height <= header!.Y + header.Height, "the navigation is inside the header");
        Assert.True(header.Height <= 120, $"the header is {header.Height} px tall");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task On_a_phone_a_search_brings_its_first_result_onto_the_first_screen(string culture)
    {
        var page = await site.OpenAsync($"/{culture}/", new() { ViewportSize = Phone });
        var map = new MapPage(page);
        await Assertions.Expect(map.Results).ToHaveCountAsync(20);

        await map.SearchBox.FillAsync("housing first");
        await map.SearchBox.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q=housing\+first$"));
        var title = map.Results.First.Locator("h3");
        await Assertions.Expect(title).ToContainTextAsync("Housing First");
        var box = await title.BoundingBoxAsync();
        Assert.True(box!.Y >= 0 && box.Y + box.Height <= 844, $"the first result's title is at {box.Y}..{box.Y + box.Height}");
        await Assertions.Expect(map.Count).ToHaveAttributeAsync("role", "status");
    }

    [Fact]
    public async Task On_a_phone_the_results_come_before_the_filters_which_open_and_close_with_the_keyboard()
    {
        var map = new MapPage(await site.OpenAsync("/en/", new() { ViewportSize = Phone }));
        var toggle = map.Page.Locator("#filters > summary");
        var addiction = map.Checkbox("sector", "addiction");
        await Assertions.Expect(map.Results).ToHaveCountAsync(20);

        await Assertions.Expect(toggle).ToHaveTextAsync("Filters (0)");
        await Assertions.Expect(addiction).ToBeHiddenAsync();
        var first = await map.Results.First.Locator("h3").BoundingBoxAsync();
        Assert.True(first!.Y + first.Height <= 844, $"the first result's title is at {first.Y}, below the first screen");

        await toggle.FocusAsync();
        await map.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(addiction).ToBeVisibleAsync();
        await addiction.CheckAsync();
        await Assertions.Expect(toggle).ToHaveTextAsync("Filters (1)");
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?sector=addiction$"));
        await toggle.FocusAsync();
        await map.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(addiction).ToBeHiddenAsync();

        await toggle.PressAsync("Enter");
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Show the results" }).ClickAsync();
        await Assertions.Expect(addiction).ToBeHiddenAsync();
        var expected = await MapPage.ApiTotalAsync(site, "culture=en&sector=addiction");
        await Assertions.Expect(map.Count).ToHaveTextAsync($"{expected} initiatives found");
        var results = await map.Page.Locator("#results").BoundingBoxAsync();
        Assert.InRange(results!.Y, -1, 100);
    }

    [Fact]
    public async Task Without_javascript_the_filters_open_on_a_phone_and_count_what_is_ticked()
    {
        var page = await site.OpenAsync("/fr/", new() { ViewportSize = Phone, JavaScriptEnabled = false });
        var toggle = page.Locator("#filters > summary");

        await Assertions.Expect(page.Locator(".view-switch")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#sector-addiction")).ToBeHiddenAsync();
        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#sector-addiction").CheckAsync();
        await page.Locator(".filter-apply").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/fr/\?q=&sector=addiction$"));
        await Assertions.Expect(toggle).ToHaveTextAsync("Filtres (1)");
        await Assertions.Expect(page.Locator("#sector-addiction")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".result-list > .result").First).ToBeVisibleAsync();
        await toggle.ClickAsync();
        await Assertions.Expect(page.Locator("#sector-addiction")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task On_a_phone_the_list_and_the_map_take_turns_and_the_choice_is_kept_in_the_address()
    {
        var map = new MapPage(await site.OpenAsync("/nl/", new() { ViewportSize = Phone }));
        var list = map.Page.GetByRole(AriaRole.Button, new() { Name = "Lijst" });
        var onMap = map.Page.GetByRole(AriaRole.Button, new() { Name = "Kaart" });
        await Assertions.Expect(map.Results).ToHaveCountAsync(20);
        await Assertions.Expect(list).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(map.Page.Locator("#map")).ToBeHiddenAsync();

        await map.ShowMapAsync();

        await Assertions.Expect(onMap).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(map.Page.Locator("#map")).ToBeVisibleAsync();
        await Assertions.Expect(map.Results.First).ToBeHiddenAsync();
        await Assertions.Expect(map.Count).ToBeVisibleAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"view=map"));
        Assert.InRange(await map.InitiativesOnMapAsync(), 2, 24);

        await map.Page.ReloadAsync();
        await map.WaitForMarkersAsync();
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Button, new() { Name = "Kaart" })).ToHaveAttributeAsync("aria-pressed", "true");
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Lijst" }).ClickAsync();
        await Assertions.Expect(map.Results.First).ToBeVisibleAsync();
        await Assertions.Expect(map.Page.Locator("#map")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_wide_screen_the_map_stays_in_view_while_the_list_scrolls_in_the_centred_container()
    {
        var map = await MapPage.OpenAsync(site, "/fr/", new() { ViewportSize = Desktop });
        await Assertions.Expect(map.Page.Locator(".view-switch")).ToBeHiddenAsync();
        await Assertions.Expect(map.Checkbox("sector", "addiction")).ToBeVisibleAsync();
        var main = await map.Page.Locator("main").BoundingBoxAsync();
        var page = await map.Page.Locator(".map-page").BoundingBoxAsync();
        Assert.True(main!.Width <= 72 * 16 + 1, $"main is {main.Width} px wide, not the site's centred container");
        Assert.True(page!.X > 0);

        await map.Results.Nth(12).ScrollIntoViewIfNeededAsync();

        Assert.True(await map.Page.EvaluateAsync<double>("() => scrollY") > 1000, "the list scrolled past a screen");
        var box = await map.Page.Locator("#map").BoundingBoxAsync();
        Assert.InRange(box!.Y, 0, 40);
        Assert.True(box.Height > 500, $"the map is {box.Height} px tall");
    }

    /// <summary>The element that reaches furthest right, to say what makes a page scroll sideways.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          let widest = null, right = 0;
          for (const element of document.body.querySelectorAll('*')) {
            const r = element.getBoundingClientRect().right;
            if (r > right) { right = r; widest = element; }
          }
          return widest ? `${widest.tagName.toLowerCase()}.${widest.className} "${(widest.textContent ?? '').trim().slice(0, 40)}" to ${Math.round(right)} px` : '';
        }
        """);
}
