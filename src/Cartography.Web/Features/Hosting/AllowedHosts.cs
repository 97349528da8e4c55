namespace Cartography.Web.Features.Hosting;

/// <summary>The Host names the site answers to: its public address's, localhost on a developer's machine, and any extra ones configured.</summary>
public static class AllowedHosts
{
    private static readonly string[] Local = ["localhost", "127.0.0.1", "[::1]"];

    /// <param name="extra">The framework's own <c>AllowedHosts</c> setting, for more names (a www. alias); its "*" is ignored.</param>
    public static List<string> For(string? publicBaseUrl, bool isDevelopment, string? extra)
    {
        var hosts = new List<string>();
        if (PublicBaseUrlRule.TryParse(publicBaseUrl, out var uri)) hosts.Add(uri.IdnHost);
        if (isDevelopment) hosts.AddRange(Local);
        hosts.AddRange((extra ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(h => h != "*"));
        return hosts.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
