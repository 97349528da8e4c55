using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cartography.Web.Tests.Api;

public class SearchApiTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private const string Belgium = "bbox=2.5,49.45,6.45,51.55&zoom=8";
    private readonly HttpClient client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => client.GetFromJsonAsync<JsonElement>(url);

    [Fact]
    public async Task An_answer_has_total_items_facets_and_the_map_of_the_hits_in_view()
    {
        var body = await Json($"/api/v1/search?culture=fr&{Belgium}&take=5");

        Assert.Equal(24, body.GetProperty("total").GetInt32());
        Assert.Equal(5, body.GetProperty("items").GetArrayLength());
        var item = body.GetProperty("items")[0];
        foreach (var field in new[] { "id", "slug", "name", "sectors", "types", "status", "province", "region", "postalCode", "city", "latitude", "longitude", "website", "lastVerified", "url" })
            Assert.True(item.TryGetProperty(field, out _), $"item lacks {field}");
        var facets = body.GetProperty("facets");
        foreach (var facet in new[] { "sector", "type", "status", "province", "region", "public", "language", "activity" })
            Assert.Equal(JsonValueKind.Object, facets.GetProperty(facet).ValueKind);
        Assert.Equal(24, facets.GetProperty("region").EnumerateObject().Sum(r => r.Value.GetInt32()));

        var map = body.GetProperty("map");
        Assert.Equal("FeatureCollection", map.GetProperty("type").GetString());
        var counted = map.GetProperty("features").EnumerateArray().Sum(f =>
            f.GetProperty("properties").TryGetProperty("count", out var count) ? count.GetInt32() : 1);
        Assert.Equal(24, counted);
    }

    [Fact]
    public async Task Text_is_accent_insensitive_and_found_in_each_language()
    {
        var fr = await Json("/api/v1/search?culture=fr&q=pair-aidance+detention");
        var nl = await Json("/api/v1/search?culture=nl&q=ervaringsdeskundige");

        Assert.True(fr.GetProperty("total").GetInt32() >= 1);
        Assert.True(nl.GetProperty("total").GetInt32() >= 3);
        Assert.All(nl.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("/nl/initiatives/", i.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task Facet_counts_describe_the_current_query()
    {
        var all = await Json("/api/v1/search?culture=en&take=1");
        var prison = await Json("/api/v1/search?culture=en&sector=prison-justice&take=100");

        var prisonCount = all.GetProperty("facets").GetProperty("sector").GetProperty("prison-justice").GetInt32();
        Assert.Equal(prisonCount, prison.GetProperty("total").GetInt32());
        Assert.All(prison.GetProperty("items").EnumerateArray(),
            i => Assert.Contains("prison-justice", i.GetProperty("sectors").EnumerateArray().Select(s => s.GetString())));
        // The region counts now add up to the prison initiatives only.
        Assert.Equal(prisonCount, prison.GetProperty("facets").GetProperty("region").EnumerateObject().Sum(r => r.Value.GetInt32()));
    }

    [Fact]
    public async Task A_map_of_a_city_holds_only_what_is_in_view()
    {
        var body = await Json("/api/v1/search?culture=fr&bbox=4.25,50.78,4.45,50.92&zoom=13");

        Assert.All(body.GetProperty("map").GetProperty("features").EnumerateArray(), f =>
        {
            var coordinates = f.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(coordinates[0].GetDouble(), 4.25, 4.45);
            Assert.InRange(coordinates[1].GetDouble(), 50.78, 50.92);
        });
    }

    [Fact]
    public async Task Near_sorts_by_distance()
    {
        var body = await Json("/api/v1/search?culture=fr&near=50.6326,5.5797&take=100");

        var distances = body.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("distance")).Where(d => d.ValueKind == JsonValueKind.Number).Select(d => d.GetDouble()).ToList();
        Assert.NotEmpty(distances);
        Assert.Equal(distances.Order(), distances);
        Assert.True(distances[0] < 15, "the first is in or near Liège");
    }

    [Fact]
    public async Task Suggestions_complete_what_is_typed()
    {
        var suggestions = await Json("/api/v1/suggest?culture=nl&q=ervaringsdes");

        Assert.NotEmpty(suggestions.EnumerateArray());
        Assert.All(suggestions.EnumerateArray(), s =>
        {
            Assert.Contains("ervaringsdes", s.GetProperty("name").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith("/nl/initiatives/", s.GetProperty("url").GetString());
        });
    }

    [Theory]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=a,b,c,d&zoom=5", "bbox")]
    [InlineData("bbox=2.5,49.45,6.45&zoom=5", "bbox")]
    [InlineData("bbox=6.45,49.45,2.5,51.55&zoom=8", "bbox")]
    [InlineData("bbox=2.5,51.55,6.45,49.45&zoom=8", "bbox")]
    [InlineData("bbox=-190,49,6,51&zoom=8", "bbox")]
    [InlineData("bbox=2.5,-95,6.45,51.55&zoom=8", "bbox")]
    [InlineData("bbox=2.5,49.45,6.45,51.55", "zoom")]
    [InlineData("bbox=2.5,49.45,6.45,51.55&zoom=23", "zoom")]
    [InlineData("bbox=2.5,49.45,6.45,51.55&zoom=-1", "zoom")]
    [InlineData("zoom=eight", "zoom")]
    [InlineData("sector=astrology", "sector")]
    [InlineData("type=telepathy", "type")]
    [InlineData("public=martians", "public")]
    [InlineData("language=klingon", "language")]
    [InlineData("region=atlantis", "region")]
    [InlineData("active=maybe", "active")]
    [InlineData("near=50.8", "near")]
    [InlineData("near=95,4", "near")]
    [InlineData("culture=de", "culture")]
    [InlineData("take=500", "take")]
    public async Task Bad_input_answers_400_problem_json_naming_the_parameter(string parameters, string parameter)
    {
        var response = await client.GetAsync($"/api/v1/search?{parameters}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"no error for {parameter}");
        Assert.NotEmpty(messages.EnumerateArray().Single().GetString()!);
    }

    [Fact]
    public async Task Text_longer_than_200_characters_is_refused_under_q()
    {
        var response = await client.GetAsync($"/api/v1/search?q={new string('a', 201)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task Errors_are_in_the_language_asked_for()
    {
        var nl = await client.GetAsync("/api/v1/search?culture=nl&bbox=1,2,3");

        var problem = await nl.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("getallen", problem.GetProperty("errors").GetProperty("bbox")[0].GetString());
    }

    [Fact]
    public async Task Hostile_text_never_makes_a_server_error()
    {
        foreach (var q in new[] { "\"(foo AND", "*", "~", "a:b", "[1 TO 2]", "\\", "!!!", "ü" })
        {
            var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
