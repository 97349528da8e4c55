using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Cartography.Web.Tests.Pages;

public class MapPageTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("fr", "Santé mentale", "Liège")]
    [InlineData("nl", "Geestelijke gezondheid", "Luik")]
    [InlineData("en", "Mental health", "Liège")]
    public async Task The_map_element_hands_the_scripts_their_settings_in_the_page_culture(string culture, string mentalHealth, string liege)
    {
        var document = await client.GetAsync($"/{culture}/", expectOk: true);

        var map = document.QuerySelector("#map")!;
        Assert.True(map.HasAttribute("hidden"), "the map shows only once the scripts run");
        var settings = JsonDocument.Parse(map.GetAttribute("data-settings")!).RootElement;
        Assert.Equal(culture, settings.GetProperty("culture").GetString());
        Assert.Equal("https://tile.openstreetmap.org/{z}/{x}/{y}.png", settings.GetProperty("tileUrl").GetString());
        Assert.Contains("OpenStreetMap", settings.GetProperty("attribution").GetString());
        Assert.Equal("/api/v1/search", settings.GetProperty("api").GetProperty("search").GetString());
        Assert.Equal(mentalHealth, settings.GetProperty("labels").GetProperty("sector").GetProperty("mental-health").GetString());
        Assert.Equal(liege, settings.GetProperty("labels").GetProperty("province").GetProperty("liege").GetString());
        Assert.Equal([50.64, 4.67], settings.GetProperty("center").EnumerateArray().Select(n => n.GetDouble()));
        Assert.Equal(["/lib/leaflet/leaflet.js", "/js/map-page.js"], document.QuerySelectorAll("head script").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public async Task The_page_without_scripts_lists_and_counts_by_get_parameters()
    {
        var document = await client.GetAsync("/en/?q=housing+first&sector=housing&active=true", expectOk: true);

        Assert.Equal("get", document.QuerySelector("form#search-form")!.GetAttribute("method"));
        Assert.Equal("housing first", document.QuerySelector("#q")!.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector("#sector-housing")!.GetAttribute("checked"));
        Assert.NotNull(document.QuerySelector("#active")!.GetAttribute("checked"));
        Assert.Contains("Housing First", document.QuerySelector(".result-list .result h3")!.TextContent);
        Assert.Matches(@"^\(\d+\)$", document.QuerySelector("label[for=sector-addiction] .facet-count")!.TextContent);
    }

    [Theory]
    [InlineData("/lib/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/lib/leaflet/leaflet.css", "text/css")]
    [InlineData("/lib/leaflet/images/marker-icon.png", "image/png")]
    [InlineData("/js/map-page.js", "text/javascript")]
    [InlineData("/css/map.css", "text/css")]
    public async Task Leaflet_copied_from_npm_by_the_build_and_our_modules_are_served(string path, string contentType)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Cartography:Map:TileUrl", "https://tiles.example.org/{x}/{y}.png", "TileUrl")]
    [InlineData("Cartography:Map:Zoom", "30", "Zoom")]
    public void A_bad_map_setting_stops_the_site_at_start_up_naming_it(string setting, string value, string named)
    {
        using var fresh = new CartographyFactory();
        using var broken = fresh.WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains(named, error.ToString());
    }
}
