using System.Net.Http.Json;
using System.Text.Json;

namespace Cartography.Web.Tests.Api;

public class InitiativesApiTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => client.GetFromJsonAsync<JsonElement>(url);

    [Fact]
    public async Task The_list_answers_total_and_items_with_the_documented_fields()
    {
        var body = await Json("/api/v1/initiatives?culture=nl&take=5");

        Assert.Equal(24, body.GetProperty("total").GetInt32());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        var fields = items[0].EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "id", "slug", "name", "sectors", "types", "status", "province", "region", "postalCode", "city", "latitude", "longitude", "website", "lastVerified" },
            fields);
        Assert.All(items, i => Assert.Equal("nl", i.GetProperty("nameCulture").GetString()));
    }

    [Fact]
    public async Task Filters_combine_and_every_item_matches_them()
    {
        var body = await Json("/api/v1/initiatives?sector=mental-health&sector=addiction&province=brussels&take=100");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.Count, body.GetProperty("total").GetInt32());
        Assert.All(items, i =>
        {
            Assert.Equal("brussels", i.GetProperty("province").GetString());
            var sectors = i.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.True(sectors.Contains("mental-health") || sectors.Contains("addiction"));
        });
    }

    [Fact]
    public async Task Skip_and_take_page_through_the_whole_list()
    {
        var ids = new List<string>();
        for (var skip = 0; skip < 24; skip += 10)
        {
            var page = await Json($"/api/v1/initiatives?skip={skip}&take=10");
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        Assert.Equal(24, ids.Distinct().Count());
    }

    [Fact]
    public async Task One_initiative_by_id_in_the_requested_culture()
    {
        var list = await Json("/api/v1/initiatives?culture=en&province=luxembourg");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();

        var one = await Json($"/api/v1/initiatives/{id}?culture=en");

        Assert.Equal(id, one.GetProperty("id").GetString());
        Assert.Equal("luxembourg", one.GetProperty("province").GetString());
        Assert.Equal("wallonia", one.GetProperty("region").GetString());
        Assert.False(string.IsNullOrEmpty(one.GetProperty("description").GetString()));
        Assert.Equal("en", one.GetProperty("descriptionCulture").GetString());
    }

    [Theory]
    [InlineData("/api/v1/initiatives?culture=de", "culture")]
    [InlineData("/api/v1/initiatives?sector=astrology", "sector")]
    [InlineData("/api/v1/initiatives?type=magic", "type")]
    [InlineData("/api/v1/initiatives?status=slave", "status")]
    [InlineData("/api/v1/initiatives?province=paris", "province")]
    [InlineData("/api/v1/initiatives?skip=-1", "skip")]
    [InlineData("/api/v1/initiatives?skip=abc", "skip")]
    [InlineData("/api/v1/initiatives?take=0", "take")]
    [InlineData("/api/v1/initiatives?take=101", "take")]
    [InlineData("/api/v1/initiatives?take=99999999999999999999", "take")]
    [InlineData("/api/v1/initiatives/not-a-guid", "id")]
    [InlineData("/api/v1/initiatives/00000000-0000-0000-0000-000000000001?culture=xx", "culture")]
    public async Task Bad_input_answers_400_problem_json_naming_the_parameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"errors names {parameter}");
        Assert.Contains(parameter, messages[0].GetString());
    }

    [Fact]
    public async Task Text_longer_than_200_characters_is_refused()
    {
        var response = await client.GetAsync($"/api/v1/initiatives?text={new string('a', 201)}");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("text", out _));
    }

    [Theory]
    [InlineData("nl", "‘de’ is geen taal van de site voor parameter culture: gebruik fr, nl of en.")]
    [InlineData("en", "“de” is not a site language for parameter culture: use fr, nl or en.")]
    public async Task Errors_are_in_the_language_the_client_accepts(string acceptLanguage, string message)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/initiatives?culture=de");
        request.Headers.Add("Accept-Language", acceptLanguage);

        var problem = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(message, problem.GetProperty("errors").GetProperty("culture")[0].GetString());
    }

    [Fact]
    public async Task An_unknown_or_unpublished_id_is_a_404_problem()
    {
        await factory.ImportAsync("api-draft,Brouillon API,,,,,,,mental-health,groups,volunteer,,1000,Bruxelles,,,,,,,,false");
        var missing = await client.GetAsync($"/api/v1/initiatives/{Guid.NewGuid()}");

        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Brouillon API", await client.GetStringAsync("/api/v1/initiatives?take=100"));
    }
}
