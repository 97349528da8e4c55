namespace Cartography.Web.Features.Hosting;

/// <summary>What <c>Cartography:PublicBaseUrl</c> must be: links in emails and pages are built from it, and the hosts the site answers to.</summary>
public static class PublicBaseUrlRule
{
    public const string Missing =
        "Cartography:PublicBaseUrl is required outside Development: set it to the address visitors use, for example " +
        "https://cartography.example.be (environment variable Cartography__PublicBaseUrl). Links in emails and pages are built from it, " +
        "and the site answers only requests addressed to its host.";

    public const string Invalid =
        "Cartography:PublicBaseUrl must be an absolute http or https address without a path, query or fragment, for example https://cartography.example.be.";

    /// <summary>Null when the setting is usable (or unset in Development), else the message saying what to set.</summary>
    public static string? Check(string? value, bool isDevelopment)
    {
        if (string.IsNullOrWhiteSpace(value)) return isDevelopment ? null : Missing;
        return TryParse(value, out _) ? null : Invalid;
    }

    public static bool TryParse(string? value, out Uri uri)
    {
        uri = null!;
        if (!Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var parsed)) return false;
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) return false;
        if (parsed.AbsolutePath != "/" || parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || parsed.UserInfo.Length > 0) return false;
        uri = parsed;
        return true;
    }
}
