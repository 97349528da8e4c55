using Microsoft.AspNetCore.Mvc.Testing;

namespace Cartography.Web.Tests;

/// <summary>Test clients connecting from an address of their choice (see <see cref="ClientAddressFilter"/>).</summary>
public static class ClientAddresses
{
    public const string Header = "X-Test-Client-Address";

    private static int last;

    /// <summary>A client that keeps its cookies, does not follow redirects and connects from <paramref name="address"/>.</summary>
    public static HttpClient CreateClientFrom(this CartographyFactory factory, string address)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    /// <summary>An address no other client of the test run uses.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref last);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }
}
