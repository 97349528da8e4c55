using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Storage;
using Cartography.Tests.Shared;
using Cartography.Web.Features.Initiatives;
using Cartography.Web.Features.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>An initiative's page for someone who wants to call or go there: contact first, then the address, directions and a map.</summary>
public sealed class InitiativePageTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    // content/initiatives/cercle-femmes-exilees-molenbeek.yaml: every way to reach it, and a position.
    private async Task<IDocument> CircleAsync(string culture = "fr")
    {
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives?text=molenbeek&culture={culture}");
        var url = found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!)
            .Single(u => u.Contains("femme", StringComparison.Ordinal) || u.Contains("vrouw", StringComparison.Ordinal) || u.Contains("women", StringComparison.Ordinal));
        return await client.GetAsync(url, expectOk: true);
    }

    [Fact]
    public async Task Call_email_and_website_come_first_as_links_a_phone_follows()
    {
        var page = await CircleAsync();

        var actions = page.QuerySelectorAll(".reach .contact-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["tel:+3220000000", "mailto:cercle@nouvellesracines.example.org", "https://nouvellesracines.example.org"], actions);
        Assert.Equal("Appeler", page.QuerySelector(".contact-call .action-label")!.TextContent);
        Assert.Equal("+32 2 000 00 00", page.QuerySelector(".contact-call .action-detail")!.TextContent);
        var order = page.QuerySelectorAll(".reach, .prose, dl.facts").Select(e => e.ClassName).ToList();
        Assert.Equal("reach", order[0]);
        Assert.Contains("1080", page.QuerySelector(".reach address")!.TextContent);
    }

    [Theory]
    [InlineData("fr", "Itinéraire", "Ouvrir dans l’application de cartes")]
    [InlineData("nl", "Routebeschrijving", "Openen in de kaartenapp")]
    [InlineData("en", "Directions", "Open in the maps app")]
    public async Task Directions_and_the_phones_map_app_go_to_the_initiatives_position(string culture, string directions, string mapApp)
    {
        var page = await CircleAsync(culture);

        var route = page.QuerySelector("a.place-directions")!;
        Assert.Equal("https://www.openstreetmap.org/directions?to=50.855%2C4.3222", route.GetAttribute("href"));
        Assert.Equal(directions, route.TextContent);
        var geo = page.QuerySelector("a.place-geo")!;
        var name = Uri.EscapeDataString(page.QuerySelector("h1")!.TextContent.Split(" (")[0]);
        Assert.Equal($"geo:50.855,4.3222?q=50.855,4.3222({name})", geo.GetAttribute("href"));
        Assert.Equal(mapApp, geo.TextContent);
        Assert.Equal("https://www.openstreetmap.org/?mlat=50.855&mlon=4.3222#map=17/50.855/4.3222", page.QuerySelector("a.place-osm")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_small_map_waits_for_its_script_and_carries_the_point_in_data_settings()
    {
        var page = await CircleAsync();

        var map = page.QuerySelector(".place-map")!;
        Assert.True(map.HasAttribute("hidden"));
        var settings = JsonDocument.Parse(map.GetAttribute("data-settings")!).RootElement;
        var point = Assert.Single(settings.GetProperty("points").EnumerateArray());
        Assert.Equal(50.855, point.GetProperty("lat").GetDouble());
        Assert.Equal(4.3222, point.GetProperty("lon").GetDouble());
        Assert.StartsWith("https://tile.openstreetmap.org/", settings.GetProperty("tileUrl").GetString());
        var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains("/js/initiative-map.js", scripts);
        Assert.Contains("/js/share.js", scripts);
        Assert.DoesNotContain(null, scripts);
    }

    [Fact]
    public async Task Sharing_is_offered_only_once_a_script_knows_how_and_says_the_outcome_in_a_live_region()
    {
        var page = await CircleAsync("en");

        var share = page.QuerySelector("[data-share]")!;
        Assert.All(share.QuerySelectorAll("button"), b => Assert.True(b.HasAttribute("hidden")));
        Assert.Equal(["Share", "Copy link"], share.QuerySelectorAll("button").Select(b => b.TextContent));
        Assert.Equal("Link copied", share.GetAttribute("data-copied"));
        Assert.EndsWith(page.QuerySelector(".languages a[hreflang=en]")!.GetAttribute("href")!, share.GetAttribute("data-url"));
        Assert.StartsWith("http", share.GetAttribute("data-url"));
        Assert.Equal("polite", share.QuerySelector("[role=status]")!.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task An_initiative_without_a_position_or_contact_shows_its_address_and_a_search_on_the_map_without_a_map()
    {
        await RowsPastTheRules.PublishAsync(factory.Services.GetRequiredService<CartographyDatabase>(), "no-position", new Initiative
        {
            Name = LocalizedText.Of(fr: "Groupe sans adresse précise"), Sectors = ["housing"], Types = ["groups"], Status = "volunteer",
            Address = new Address("Rue Haute 1", "1000", "Bruxelles"), Slug = LocalizedText.Of("sans-position", "zonder-positie", "no-position"),
        });
        await factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

        var page = await client.GetAsync("/fr/initiatives/sans-position", expectOk: true);

        Assert.Null(page.QuerySelector(".place-map"));
        Assert.Null(page.QuerySelector(".contact-actions"));
        Assert.Null(page.QuerySelector("a.place-directions"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.GetAttribute("src") is "/js/initiative-map.js" or "/lib/leaflet/leaflet.js");
        Assert.Contains("Rue Haute 1", page.QuerySelector(".reach address")!.TextContent);
        Assert.Equal("https://www.openstreetmap.org/search?query=Rue%20Haute%201%2C%201000%20Bruxelles%2C%20Belgique",
            page.QuerySelector("a.place-osm")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("+32 2 555 01 01", "tel:+3225550101")]
    [InlineData("+32 (0)2 555 01 01", "tel:+3225550101")]
    [InlineData("02/555.01.01", "tel:025550101")]
    [InlineData("0032 2 555 01 01", "tel:+3225550101")]
    [InlineData("0470 12 34 56", "tel:0470123456")]
    [InlineData("on request", null)]
    [InlineData("", null)]
    public void A_phone_number_becomes_the_digits_a_phone_dials(string written, string? href) =>
        Assert.Equal(href, TelephoneLink.Href(written));
}
