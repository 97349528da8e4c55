using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Hosting;

/// <summary>
/// The site on a real Kestrel socket (127.0.0.1, a free port): what the test server cannot show — the client's
/// address, the Server header, raw HTTP/1.0 or an empty Host.
/// </summary>
public class KestrelSite : CartographyFactory
{
    private readonly Dictionary<string, string> settings;

    public KestrelSite() : this([]) { }

    internal KestrelSite(Dictionary<string, string> settings) => this.settings = settings;

    /// <summary>Host filtering ignores the port: the loopback address, whatever port Kestrel picked.</summary>
    protected override string PublicBaseUrl => "http://127.0.0.1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }

    public Uri Address
    {
        get
        {
            if (address is null)
            {
                UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
                StartServer();
                address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            }
            return address;
        }
    }

    private Uri? address;

    /// <summary>A client of the socket that keeps cookies and does not follow redirects.</summary>
    public HttpClient CreateSocketClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
}
