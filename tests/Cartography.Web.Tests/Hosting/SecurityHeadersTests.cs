using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cartography.Web.Tests.Hosting;

/// <summary>The headers on every kind of answer: a page, the API, the back office, a file, an error.</summary>
public sealed class SecurityHeadersTests(PublicAddressSite site) : IClassFixture<PublicAddressSite>
{
    public static TheoryData<string> Answers => new() { "/fr", "/nl/initiatives", "/api/v1/search?culture=fr", "/backoffice/signin", "/css/site.css", "/en/nowhere", "/healthz" };

    private HttpClient Client() => site.CreateVisitor();

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await Client().GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Contains("https://tile.openstreetmap.org", directives["img-src"]);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var permissions = Single(response, "Permissions-Policy");
        Assert.Contains("geolocation=(self)", permissions);
        Assert.Contains("camera=()", permissions);
        Assert.StartsWith("max-age=", Single(response, "Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("/fr/register/edit/some-token")]
    [InlineData("/nl/verify/some-token")]
    [InlineData("/backoffice/account/set-password?user=u&token=t")]
    public async Task Pages_whose_address_holds_a_token_send_no_referrer(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Plain_http_gets_no_hsts()
    {
        await using var plain = new CartographyFactory();

        var response = await plain.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") }).GetAsync("/fr");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}

/// <summary>Kestrel's own banner, seen only on a real socket.</summary>
public sealed class ServerBannerTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task No_answer_names_the_server()
    {
        var client = site.CreateSocketClient();

        foreach (var path in new[] { "/fr", "/api/v1/search?culture=fr", "/backoffice/signin", "/nowhere" })
        {
            var response = await client.GetAsync(path);
            Assert.False(response.Headers.Contains("Server"), $"{path}: Server: {string.Join(",", response.Headers.Server)}");
        }
    }
}
