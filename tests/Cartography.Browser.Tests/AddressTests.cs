using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

/// <summary>Text, filters, centre and zoom live in the address: a view can be shared, bookmarked and gone back to.</summary>
[Collection(BrowserCollection.Name)]
public class AddressTests(BrowserSite site)
{
    [Fact]
    public async Task Reloading_the_address_restores_text_facets_centre_and_zoom()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        await map.SearchBox.FillAsync(SearchText);
        await map.SearchBox.PressAsync("Enter");
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex($@"\?q={SearchText}$"));
        await map.Checkbox("type", "groups").CheckAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?q=\w+&type=groups$"));
        await map.Clusters.First.ClickAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"&center=[-\d.]+,[-\d.]+&zoom=\d+$"));
        await map.WaitForMarkersAsync();
        var address = map.Page.Url;
        var count = await map.Count.InnerTextAsync();
        var markers = await map.MarkerNamesAsync();

        await map.Page.ReloadAsync();
        await map.WaitForMarkersAsync();

        await Assertions.Expect(map.Count).ToHaveTextAsync(count);
        Assert.Equal(SearchText, await map.SearchBox.InputValueAsync());
        Assert.True(await map.Checkbox("type", "groups").IsCheckedAsync());
        Assert.False(await map.Checkbox("type", "one-to-one").IsCheckedAsync());
        Assert.Equal(address, map.Page.Url);
        Assert.Equal(markers, await map.MarkerNamesAsync());
    }

    [Fact]
    public async Task Back_restores_the_previous_search_and_forward_the_next()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        var all = await map.MarkerNamesAsync();
        await map.Checkbox("sector", "addiction").CheckAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?sector=addiction$"));
        await map.Checkbox("sector", "housing").CheckAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?sector=addiction&sector=housing$"));
        var either = await map.Count.InnerTextAsync();
        await map.Clusters.Or(map.Points).First.WaitForAsync();

        await map.Page.GoBackAsync();

        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?sector=addiction$"));
        var addiction = await MapPage.ApiTotalAsync(site, "culture=en&sector=addiction");
        await Assertions.Expect(map.Count).ToHaveTextAsync($"{addiction} initiatives found");
        Assert.True(await map.Checkbox("sector", "addiction").IsCheckedAsync());
        Assert.False(await map.Checkbox("sector", "housing").IsCheckedAsync());

        await map.Page.GoBackAsync();

        await Assertions.Expect(map.Count).ToHaveTextAsync("24 initiatives found");
        Assert.False(await map.Checkbox("sector", "addiction").IsCheckedAsync());
        Assert.EndsWith("/en/", map.Page.Url);
        await Assertions.Expect(map.Markers).ToHaveCountAsync(all.Length);
        Assert.Equal(all, await map.MarkerNamesAsync());

        await map.Page.GoForwardAsync();
        await map.Page.GoForwardAsync();

        await Assertions.Expect(map.Count).ToHaveTextAsync(either);
        Assert.True(await map.Checkbox("sector", "housing").IsCheckedAsync());
    }

    [Fact]
    public async Task Back_after_zooming_into_a_cluster_restores_the_previous_search_at_the_view_it_had()
    {
        var map = await MapPage.OpenAsync(site, "/en/");
        await map.Clusters.First.ClickAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?center=[-\d.]+,[-\d.]+&zoom=\d+$"));
        var zoomed = map.Page.Url;
        await map.Checkbox("sector", "mental-health").CheckAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"\?sector=mental-health&center="));

        await map.Page.GoBackAsync();

        await Assertions.Expect(map.Page).ToHaveURLAsync(zoomed);
        await Assertions.Expect(map.Count).ToHaveTextAsync("24 initiatives found");
        Assert.False(await map.Checkbox("sector", "mental-health").IsCheckedAsync());
    }

    /// <summary>A word found in several seed initiatives' English text.</summary>
    private const string SearchText = "peer";
}
