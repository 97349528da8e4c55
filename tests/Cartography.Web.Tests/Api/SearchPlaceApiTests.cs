using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cartography.Web.Tests.Api;

/// <summary>Places in <c>/api/v1/search</c> and <c>/api/v1/suggest</c>: any name finds them, answers name them in the culture, <c>municipality=</c> filters.</summary>
public class SearchPlaceApiTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    // Liège and Antwerp after the 2025 mergers (NIS codes of the shipped reference table).
    private static readonly string Liege = Core.Places.BelgianPlaces.Belgium.Find("4000", "Liège")!.Municipality.NisCode;
    private static readonly string Antwerp = Core.Places.BelgianPlaces.Belgium.Find("2000", "Antwerpen")!.Municipality.NisCode;
    private readonly HttpClient client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => client.GetFromJsonAsync<JsonElement>(url);

    private static IEnumerable<JsonElement> Items(JsonElement body) => body.GetProperty("items").EnumerateArray();

    [Theory]
    [InlineData("fr", "luik", "4000")]
    [InlineData("nl", "liege", "4000")]
    [InlineData("en", "lüttich", "4000")]
    [InlineData("nl", "anvers", "2000")]
    public async Task Any_name_of_the_place_finds_its_initiatives_on_any_page(string culture, string q, string postalCode)
    {
        var body = await Json($"/api/v1/search?culture={culture}&q={Uri.EscapeDataString(q)}");
        Assert.Contains(Items(body), i => i.GetProperty("postalCode").GetString() == postalCode);
    }

    [Theory]
    [InlineData("nl", "Luik")]
    [InlineData("fr", "Liège")]
    public async Task Answers_name_the_place_in_the_culture(string culture, string city)
    {
        var body = await Json($"/api/v1/search?culture={culture}&municipality={Liege}&bbox=5.4,50.5,5.7,50.8&zoom=16");
        Assert.NotEmpty(Items(body));
        Assert.All(Items(body), i => Assert.Equal(city, i.GetProperty("city").GetString()));
        var pins = body.GetProperty("map").GetProperty("features").EnumerateArray().Where(f => !f.GetProperty("properties").TryGetProperty("cluster", out _)).ToList();
        Assert.NotEmpty(pins);
        Assert.All(pins, p => Assert.Equal(city, p.GetProperty("properties").GetProperty("city").GetString()));
    }

    [Fact]
    public async Task The_municipality_filter_is_repeatable_and_narrows_with_province()
    {
        var liege = await Json($"/api/v1/search?culture=fr&municipality={Liege}");
        var both = await Json($"/api/v1/search?culture=fr&municipality={Liege}&municipality={Antwerp}");
        var withProvince = await Json($"/api/v1/search?culture=fr&municipality={Liege}&municipality={Antwerp}&province=antwerp");

        Assert.All(Items(liege), i => Assert.Equal("liege", i.GetProperty("province").GetString()));
        var liegeTotal = liege.GetProperty("total").GetInt32();
        Assert.True(liegeTotal >= 1);
        Assert.True(both.GetProperty("total").GetInt32() > liegeTotal);
        Assert.All(Items(withProvince), i => Assert.Equal("antwerp", i.GetProperty("province").GetString()));
        Assert.Equal(both.GetProperty("total").GetInt32() - liegeTotal, withProvince.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("nl", "99999", "NIS-code")]
    [InlineData("fr", "Liège", "code INS")]
    [InlineData("en", "6206<script>", "NIS code")]
    public async Task An_unknown_municipality_is_a_localized_problem_naming_the_parameter(string culture, string value, string words)
    {
        var response = await client.GetAsync($"/api/v1/search?culture={culture}&municipality={Uri.EscapeDataString(value)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("municipality", body);
        Assert.Contains(words, body);
    }

    [Fact]
    public async Task Suggestions_offer_the_place_with_its_count_in_the_culture()
    {
        var all = await Json($"/api/v1/search?culture=nl&municipality={Liege}&take=1");
        var suggestions = await Json("/api/v1/suggest?culture=nl&q=lui");

        var place = suggestions.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "place");
        Assert.Equal(Liege, place.GetProperty("municipality").GetString());
        Assert.Equal("Luik", place.GetProperty("name").GetString());
        var count = all.GetProperty("total").GetInt32();
        Assert.Equal(count, place.GetProperty("count").GetInt32());
        Assert.Equal(count == 1 ? "Luik — 1 initiatief" : $"Luik — {count} initiatieven", place.GetProperty("label").GetString());
        Assert.Equal(2, place.GetProperty("centre").GetArrayLength());
    }
}
