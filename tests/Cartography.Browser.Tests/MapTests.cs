using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class MapTests(BrowserSite site)
{
    [Fact]
    public async Task Markers_and_clusters_show_for_the_seed_data_while_no_tile_can_load()
    {
        var page = await site.OpenAsync("about:blank");
        var failedTiles = 0;
        page.RequestFailed += (_, request) => { if (request.Url.StartsWith("http://127.0.0.1:9/")) failedTiles++; };
        await page.GotoAsync("/en/");
        var map = new MapPage(page);

        await map.WaitForMarkersAsync();

        Assert.True(await map.Clusters.CountAsync() > 0, "the Belgium view groups nearby initiatives into clusters");
        Assert.All(await map.Clusters.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label'))"),
            name => Assert.Matches(@"^\d+ initiatives, \S", name));
        var onMap = await map.InitiativesOnMapAsync();
        Assert.InRange(onMap, 2, 24);
        Assert.True(failedTiles > 0, "tiles were asked for and none could load");
        Assert.Equal(0, await page.Locator(".leaflet-tile-loaded").CountAsync());
    }

    [Fact]
    public async Task Clicking_a_cluster_zooms_in_to_its_initiatives()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        var before = await map.MarkerNamesAsync();

        await map.Clusters.First.ClickAsync();

        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"zoom=(9|1\d)\b"));
        await Assertions.Expect(map.Markers.First).ToBeVisibleAsync();
        Assert.NotEqual(before, await map.MarkerNamesOtherThanAsync(before));
    }

    [Fact]
    public async Task Clicking_an_initiative_opens_a_popup_with_its_name_sector_city_and_page()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        var point = await map.ZoomToAPointAsync();
        var name = await point.GetAttributeAsync("aria-label");

        await point.ClickAsync();

        var popup = map.Page.Locator(".leaflet-popup");
        await Assertions.Expect(popup).ToBeVisibleAsync();
        var popupName = await popup.Locator(".popup-name").InnerTextAsync();
        Assert.StartsWith(popupName + ", ", name + ", ");
        Assert.Equal(2, await popup.Locator(".popup-meta").CountAsync());
        var link = popup.Locator("a.popup-link");
        Assert.Matches("^/en/initiatives/[^/]+$", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await Assertions.Expect(map.Page.Locator("h1")).ToContainTextAsync(popupName);
    }

    [Fact]
    public async Task Ticking_a_facet_updates_the_list_the_map_the_counts_and_the_address()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        // Every published initiative: the seed's, and those other tests on this shared site added.
        var all = await MapPage.ApiTotalAsync(site, "culture=en");
        Assert.True(all >= 24);
        await Assertions.Expect(map.Count).ToHaveTextAsync($"{all} initiatives found");
        var onMapBefore = await map.InitiativesOnMapAsync();
        var expected = await MapPage.ApiTotalAsync(site, "culture=en&sector=addiction");
        var housing = await MapPage.ApiTotalAsync(site, "culture=en&sector=housing");

        await map.Page.GetByLabel(new Regex("^Addiction")).CheckAsync();

        await Assertions.Expect(map.Count).ToHaveTextAsync($"{expected} initiatives found");
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"/en/\?sector=addiction$"));
        await Assertions.Expect(map.Results).ToHaveCountAsync(Math.Min(expected, 20));
        // Counts are disjunctive: ticking a sector still shows what another sector would give.
        await Assertions.Expect(map.Page.Locator("label[for=sector-housing] .facet-count")).ToHaveTextAsync($"({housing})");
        await Assertions.Expect(map.Page.Locator("label[for=sector-addiction] .facet-count")).ToHaveTextAsync($"({expected})");
        Assert.InRange(await map.InitiativesOnMapAsync(), 1, Math.Min(expected, onMapBefore - 1));
        Assert.True(expected < all);
    }

    [Fact]
    public async Task Hovering_a_list_entry_marks_its_marker_and_focusing_a_marker_marks_its_entry()
    {
        var map = await MapPage.OpenAsync(site, "/en/?sector=youth");
        var point = await map.ZoomToAPointAsync();
        var id = await point.GetAttributeAsync("data-id");
        var entry = map.Page.Locator($".result[data-id='{id}']");

        await point.FocusAsync();
        await Assertions.Expect(entry).ToHaveClassAsync(new Regex(@"\bis-highlighted\b"));

        await map.Page.Locator("#q").FocusAsync();
        await Assertions.Expect(entry).Not.ToHaveClassAsync(new Regex(@"\bis-highlighted\b"));
        await entry.Locator("a").HoverAsync();
        await Assertions.Expect(point).ToHaveClassAsync(new Regex(@"\bis-highlighted\b"));
    }
}
