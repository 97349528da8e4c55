using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// <c>Cartography:Proxy</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed.
/// None (the default): those headers are ignored, since any client reaching Kestrel directly could forge them.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Cartography:Proxy";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Any => KnownProxies.Length + KnownNetworks.Length > 0;

    public IEnumerable<IPAddress> Addresses => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<IPNetwork> Networks => KnownNetworks.Select(n => IPNetwork.Parse(n.Trim()));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p?.Trim(), out _)))
            yield return new($"Cartography:Proxy:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n?.Trim(), out _)))
            yield return new($"Cartography:Proxy:KnownNetworks: '{network}' is not a network in CIDR notation (10.0.0.0/24).", [nameof(KnownNetworks)]);
    }
}
