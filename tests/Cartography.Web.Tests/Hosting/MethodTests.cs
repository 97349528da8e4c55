using System.Net;

namespace Cartography.Web.Tests.Hosting;

/// <summary>HEAD wherever GET works; another method than the address takes is a 405 naming the ones it does.</summary>
public sealed class MethodTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    [Theory]
    [InlineData("/fr")]
    [InlineData("/nl/portraits")]
    [InlineData("/en/register")]
    [InlineData("/api/v1/search?culture=fr")]
    [InlineData("/api/v1/suggest?culture=fr&q=gr")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        var client = site.CreatePlainClient();
        var get = await client.GetAsync(path);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_of_a_missing_page_is_a_404_without_a_body()
    {
        var head = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/fr/nowhere/at/all"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST", "/api/v1/search")]
    [InlineData("DELETE", "/api/v1/search")]
    [InlineData("PUT", "/api/v1/suggest")]
    public async Task A_wrong_method_under_the_api_is_a_405_problem_naming_the_allowed_ones(string method, string path)
    {
        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path + "?culture=nl"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Methode niet toegestaan", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_method_on_a_page_is_a_405_page_in_its_language()
    {
        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/en/register"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Equal("Method not allowed", page.QuerySelector("h1")?.TextContent);
    }
}
