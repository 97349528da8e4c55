using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

/// <summary>The home page as a visitor sees it: what to wait for and what to read, in one place.</summary>
public sealed partial class MapPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Count => Page.Locator(".result-count[role=status]");
    public ILocator Results => Page.Locator(".result-list > .result");
    public ILocator Markers => Page.Locator("#map .map-cluster, #map .map-point");
    public ILocator Clusters => Page.Locator("#map .map-cluster");
    public ILocator Points => Page.Locator("#map .map-point");
    public ILocator SearchBox => Page.Locator("#q");
    public ILocator Checkbox(string facet, string value) => Page.Locator($"input[name={facet}][value={value}]");

    public static async Task<MapPage> OpenAsync(BrowserSite site, string path, BrowserNewContextOptions? options = null)
    {
        var map = new MapPage(await site.OpenAsync(path, options));
        await map.WaitForMarkersAsync();
        return map;
    }

    /// <summary>
    /// On a phone the list and the map take turns: presses the switch's map button (named in the page's language) and
    /// waits for the markers. A wide screen shows both and needs nothing pressed.
    /// </summary>
    public async Task ShowMapAsync()
    {
        await Page.Locator(".view-switch button[data-view=map]").ClickAsync();
        await WaitForMarkersAsync();
    }

    /// <summary>What a visitor waits for: the map's markers drawn from the search answer.</summary>
    public Task WaitForMarkersAsync() => Markers.First.WaitForAsync();

    /// <summary>Clusters and single initiatives on the map, by their accessible names.</summary>
    public Task<string[]> MarkerNamesAsync() =>
        Markers.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-label'))");

    /// <summary>
    /// The marker names once they differ from <paramref name="before"/>: the address changes as the map moves, and the
    /// markers follow when the search answer for the new view arrives, a moment later.
    /// </summary>
    public async Task<string[]> MarkerNamesOtherThanAsync(string[] before, int timeoutMs = 10_000)
    {
        var names = await MarkerNamesAsync();
        for (var waited = 0; names.SequenceEqual(before) && waited < timeoutMs; waited += 100)
        {
            await Page.WaitForTimeoutAsync(100);
            names = await MarkerNamesAsync();
        }
        return names;
    }

    /// <summary>How many initiatives the map shows: each cluster's count plus one per single marker.</summary>
    public async Task<int> InitiativesOnMapAsync() =>
        await Clusters.EvaluateAllAsync<int>("els => els.reduce((n, e) => n + Number(e.dataset.cluster), 0)") + await Points.CountAsync();

    /// <summary>The zoom written in the address bar (absent while the map shows the default view).</summary>
    public int? UrlZoom()
    {
        var match = ZoomParameter().Match(Page.Url);
        return match.Success ? int.Parse(match.Groups[1].Value) : null;
    }

    /// <summary>Zooms in through clusters until a single initiative's marker is on the map.</summary>
    public async Task<ILocator> ZoomToAPointAsync()
    {
        for (var attempt = 0; attempt < 8 && await Points.CountAsync() == 0; attempt++)
        {
            var before = UrlZoom() ?? 0;
            await Clusters.First.ClickAsync();
            await Assertions.Expect(Page).ToHaveURLAsync(new Regex($"zoom=(?!{before}\\b)\\d+"));
            await WaitForMarkersAsync();
        }
        return Points.First;
    }

    /// <summary>The search API's total for the same filters, asked directly.</summary>
    public static async Task<int> ApiTotalAsync(BrowserSite site, string query)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseAddress) };
        var answer = await http.GetFromJsonAsync<JsonElement>($"/api/v1/search?{query}");
        return answer.GetProperty("total").GetInt32();
    }

    [GeneratedRegex(@"[?&]zoom=(\d+)")]
    private static partial Regex ZoomParameter();
}
