using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cartography.Web.Tests.Api;

/// <summary><c>/api/v1/postal-codes/{code}</c>: a postal code's places, for the forms' choice and default marker.</summary>
public class PostalCodesApiTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_code_with_several_places_answers_each_with_its_municipality_and_position()
    {
        var response = await client.GetAsync("/api/v1/postal-codes/1300?culture=fr");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("1300", "walloon-brabant", "wallonia"),
            (body.GetProperty("postalCode").GetString(), body.GetProperty("province").GetString(), body.GetProperty("region").GetString()));
        var places = body.GetProperty("places").EnumerateArray().ToList();
        Assert.Equal(["Limal", "Wavre"], places.Select(p => p.GetProperty("name").GetString()));
        Assert.All(places, p => Assert.Equal("25112", p.GetProperty("municipality").GetString()));
        Assert.Equal("Limal (commune de Wavre)", places[0].GetProperty("label").GetString());
        Assert.Equal("Wavre", places[1].GetProperty("label").GetString());
        Assert.InRange(places[0].GetProperty("latitude").GetDouble(), 50.68, 50.70);
        Assert.InRange(places[0].GetProperty("longitude").GetDouble(), 4.56, 4.59);
    }

    [Theory]
    [InlineData("nl", "Luik")]
    [InlineData("fr", "Liège")]
    [InlineData("en", "Liège")]
    public async Task Names_are_in_the_culture_asked_for(string culture, string name)
    {
        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/postal-codes/4000?culture={culture}");

        var place = Assert.Single(body.GetProperty("places").EnumerateArray());
        Assert.Equal(name, place.GetProperty("name").GetString());
        Assert.Equal("62063", place.GetProperty("municipality").GetString());
    }

    [Theory]
    [InlineData("1001", "en", "1001 is not a Belgian postal code.")]
    [InlineData("9999", "nl", "9999 is geen Belgische postcode.")]
    [InlineData("9999", "fr", "9999 n'est pas un code postal belge.")]
    public async Task A_code_missing_from_the_list_is_a_localized_404_problem(string code, string culture, string message)
    {
        var response = await client.GetAsync($"/api/v1/postal-codes/{code}?culture={culture}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(message, problem.GetProperty("detail").GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("postalCode")[0].GetString());
    }

    [Theory]
    [InlineData("/api/v1/postal-codes/%20", "postalCode")]
    [InlineData("/api/v1/postal-codes/12", "postalCode")]
    [InlineData("/api/v1/postal-codes/13OO", "postalCode")]
    [InlineData("/api/v1/postal-codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "postalCode")]
    [InlineData("/api/v1/postal-codes/1300?culture=de", "culture")]
    public async Task Bad_input_answers_400_problem_json_naming_the_parameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"errors names {parameter}");
        Assert.NotEmpty(messages[0].GetString()!);
    }

    [Fact]
    public async Task A_very_long_code_is_refused_and_not_echoed_whole()
    {
        var response = await client.GetAsync("/api/v1/postal-codes/" + new string('9', 2000));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(new string('9', 100), text);
    }

    [Fact]
    public async Task Without_a_code_the_address_is_not_found_as_problem_json()
    {
        var response = await client.GetAsync("/api/v1/postal-codes/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
