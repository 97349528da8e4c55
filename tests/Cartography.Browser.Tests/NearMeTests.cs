using System.Globalization;
using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

/// <summary>"Near me" asks for the position only when pressed, then sorts the list by distance.</summary>
[Collection(BrowserCollection.Name)]
public class NearMeTests(BrowserSite site)
{
    [Fact]
    public async Task Near_me_sorts_the_list_by_distance_from_the_visitor()
    {
        var map = await MapPage.OpenAsync(site, "/en/", new()
        {
            Geolocation = new Geolocation { Latitude = 50.6326f, Longitude = 5.5797f }, // Liège
            Permissions = ["geolocation"],
        });

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Near me" }).ClickAsync();

        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"near=50\.6326,5\.5797"));
        await Assertions.Expect(map.Page.Locator("#near-me-status")).ToHaveTextAsync("Results sorted from nearest to farthest.");
        await Assertions.Expect(map.Results.First.Locator(".distance")).ToBeVisibleAsync();
        var distances = await map.Results.Locator(".distance").AllInnerTextsAsync();
        var kilometres = distances.Select(d => double.Parse(Regex.Match(d, @"[\d.,]+").Value.Replace(",", ""), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(kilometres.Order(), kilometres);
        Assert.Contains("Liège", await map.Results.First.Locator(".meta").InnerTextAsync());
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Button, new() { Name = "Sort by name" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_refused_position_is_said_and_the_list_keeps_its_order()
    {
        var map = await MapPage.OpenAsync(site, "/fr/");
        var first = await map.Results.First.InnerTextAsync();

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Autour de moi" }).ClickAsync();

        await Assertions.Expect(map.Page.Locator("#near-me-status")).ToHaveTextAsync("Votre position n'a pas été partagée\u202F: la liste reste triée par nom.");
        Assert.DoesNotContain("near=", map.Page.Url);
        Assert.Equal(first, await map.Results.First.InnerTextAsync());
    }
}
