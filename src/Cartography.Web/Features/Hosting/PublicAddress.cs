using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

/// <summary>The base of absolute links to this site: <c>Cartography:PublicBaseUrl</c>, else the address the site announces.</summary>
public sealed class PublicAddress(IOptions<CartographyOptions> options, IConfiguration configuration)
{
    /// <summary>Kestrel's own default when nothing configures an address.</summary>
    private const string KestrelDefault = "http://localhost:5000";

    /// <param name="requestBase">The address of the current request, when there is one: better than a guess from configuration.</param>
    public string Base(string? requestBase = null)
    {
        if (options.Value.PublicBaseUrl is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (requestBase is { Length: > 0 }) return requestBase.TrimEnd('/');
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var address = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal)) ?? urls.FirstOrDefault() ?? KestrelDefault;
        // A listening address may name every interface; a link needs a host a browser can open.
        return address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost").TrimEnd('/');
    }
}
