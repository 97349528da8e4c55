using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Hosting;

/// <summary>HEAD wherever GET works; another method than the address takes is a 405 naming the ones it does.</summary>
public sealed class MethodTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    [Theory]
    [InlineData("/fr")]
    [InlineData("/nl/portraits")]
    [InlineData("/en/register")]
    [InlineData("/fr/portraits")]
    [InlineData("/nl/resources")]
    [InlineData("/en/privacy")]
    [InlineData("/api/v1/initiatives?culture=fr")]
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

    /// <summary>
    /// Every page a visitor can reach by following links from the three home pages (initiatives, portraits, whatever
    /// pages are added later), and every API address without parameters: HEAD answers as GET does, with no body.
    /// </summary>
    [Fact]
    public async Task Head_answers_like_get_on_every_linked_page_and_every_api_address()
    {
        var client = site.CreatePlainClient();
        var addresses = await LinkedPagesAsync(client, ["/fr/", "/nl/", "/en/"], maxPages: 150);
        addresses.AddRange(site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count == 0 && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => path.StartsWith("/api/") || path.StartsWith("/hsds") || path.StartsWith("/openapi") || path == "/healthz")
            .Select(path => path + "?culture=nl"));

        Assert.Contains(addresses, a => a.StartsWith("/fr/initiatives/"));
        Assert.Contains(addresses, a => a.StartsWith("/nl/portraits/"));
        Assert.Contains("/api/v1/search?culture=nl", addresses);
        foreach (var address in addresses.Distinct())
        {
            var get = await client.GetAsync(address);
            var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));

            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {address} answered {(int)head.StatusCode}, GET {(int)get.StatusCode}");
            Assert.True(head.StatusCode is HttpStatusCode.OK or HttpStatusCode.Found or HttpStatusCode.Redirect, $"HEAD {address} answered {(int)head.StatusCode}");
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    private static async Task<List<string>> LinkedPagesAsync(HttpClient client, string[] starts, int maxPages)
    {
        var seen = new HashSet<string>(starts);
        var queue = new Queue<string>(starts);
        while (queue.Count > 0 && seen.Count < maxPages)
        {
            var response = await client.GetAsync(queue.Dequeue());
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var page = await Html.ParseAsync(response);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!.Split('#')[0]))
            {
                // Same-site pages; a query only filters a page already there, and the back office is not public.
                if (!href.StartsWith('/') || href.StartsWith("//") || href.Contains('?') || href.StartsWith("/backoffice")) continue;
                if (seen.Count < maxPages && seen.Add(href)) queue.Enqueue(href);
            }
        }
        return [.. seen];
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
