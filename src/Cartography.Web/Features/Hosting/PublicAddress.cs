using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// The base of every absolute link to this site: <c>Cartography:PublicBaseUrl</c>, never the request's Host (which a
/// visitor chooses). Only in Development may it be unset, and then links name the address the site listens on.
/// </summary>
public sealed class PublicAddress(IOptions<CartographyOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    /// <summary>Kestrel's own default when nothing configures an address.</summary>
    private const string KestrelDefault = "http://localhost:5000";

    public string Base()
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (!environment.IsDevelopment()) throw new InvalidOperationException(PublicBaseUrlRule.Missing);
        return ListeningAddress(configuration);
    }

    /// <summary>A guess from the listening address, good enough on a developer's machine.</summary>
    public static string ListeningAddress(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var address = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal)) ?? urls.FirstOrDefault() ?? KestrelDefault;
        // A listening address may name every interface; a link needs a host a browser can open.
        return address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost").TrimEnd('/');
    }
}
