using System.Net;
using Cartography.Web.Tests.Registration;

namespace Cartography.Web.Tests.Hosting;

/// <summary>
/// The registration limit counts posts per client address; X-Forwarded-For may change that address only when the
/// connection comes from a configured proxy, even with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static Dictionary<string, string> Settings(params (string Key, string Value)[] more) => new(
    [
        new("Cartography:Registration:PostsPerWindow", "2"),
        new("FORWARDEDHEADERS_ENABLED", "true"),
        .. more.Select(m => new KeyValuePair<string, string>(m.Key, m.Value)),
    ]);

    private static async Task<List<HttpStatusCode>> PostFromRotatingAddressesAsync(KestrelSite site)
    {
        var client = site.CreateSocketClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            var form = await client.FormAsync("/fr/register");
            var hidden = form.QuerySelectorAll("input[type=hidden]")
                .Select(h => new KeyValuePair<string, string>(h.GetAttribute("name")!, h.GetAttribute("value") ?? ""));
            var post = new HttpRequestMessage(HttpMethod.Post, "/fr/register")
            {
                // An incomplete form: refused by the page (422), yet counted by the limit.
                Content = new FormUrlEncodedContent([.. hidden, new("Form.NameFr", "x")]),
            };
            post.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            statuses.Add((await client.SendAsync(post)).StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task X_forwarded_for_from_a_client_that_is_no_configured_proxy_is_ignored_and_the_limit_holds()
    {
        await using var site = new KestrelSite(Settings());

        var statuses = await PostFromRotatingAddressesAsync(site);

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task X_forwarded_for_from_a_configured_proxy_names_the_client()
    {
        await using var site = new KestrelSite(Settings(("Cartography:Proxy:KnownProxies:0", "127.0.0.1")));

        var statuses = await PostFromRotatingAddressesAsync(site);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.UnprocessableEntity, status));
    }

    [Fact]
    public async Task A_proxy_network_counts_as_configured_proxies()
    {
        await using var site = new KestrelSite(Settings(("Cartography:Proxy:KnownNetworks:0", "127.0.0.0/8")));

        var statuses = await PostFromRotatingAddressesAsync(site);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.UnprocessableEntity, status));
    }

    [Fact]
    public async Task A_proxy_that_is_no_address_stops_the_start()
    {
        await using var site = new KestrelSite(new() { ["Cartography:Proxy:KnownProxies:0"] = "proxy.internal" });

        var refused = Record.Exception(() => site.Address);

        Assert.Contains("'proxy.internal' is not an IP address", refused?.ToString());
    }
}
