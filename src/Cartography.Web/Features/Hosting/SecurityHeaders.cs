using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Map;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// The headers every answer carries, pages, API, files and errors alike. Written as the response starts, so that the
/// exception handler (which clears headers) and the framework's own <c>frame-ancestors 'self'</c> cannot undo them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Pages whose URL holds a secret token: no referrer at all, not even the origin, leaves them.</summary>
    private static readonly string[] TokenPaths = ["/register/edit/", "/verify/"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IOptions<MapOptions>>().Value.TileUrl);
        return app.Use((context, next) =>
        {
            var noReferrer = HoldsToken(context.Request.Path);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = noReferrer ? "no-referrer" : "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    public static bool HoldsToken(PathString path) =>
        path.StartsWithSegments(BackofficeLinks.SetPassword, StringComparison.OrdinalIgnoreCase)
        || TokenPaths.Any(p => path.Value?.IndexOf(p, StringComparison.OrdinalIgnoreCase) is 3);

    /// <summary>
    /// Scripts and styles from this site only, never inline: public pages hand their settings over in <c>data-</c>
    /// attributes, and the back office's Blazor (blazor.web.js, its circuit over a same-origin WebSocket at
    /// /backoffice/_blazor) needs nothing more than <c>'self'</c> in script-src and connect-src. Images may also come
    /// from the map's tile server, and <c>data:</c> for Leaflet's and the forms' small inline images.
    /// </summary>
    public static string ContentSecurityPolicy(string tileUrl)
    {
        var tiles = TileOrigin(tileUrl);
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            $"img-src 'self' data:{(tiles is null ? "" : " " + tiles)}",
            "connect-src 'self'",
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    /// <summary>The tile server's origin as a CSP source; Leaflet's <c>{s}</c> subdomain becomes a wildcard.</summary>
    public static string? TileOrigin(string tileUrl)
    {
        var sample = tileUrl.Replace("{s}", "s-wildcard").Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0").Replace("{r}", "");
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri)) return null;
        var host = uri.IdnHost.StartsWith("s-wildcard.", StringComparison.Ordinal) ? "*" + uri.IdnHost["s-wildcard".Length..] : uri.IdnHost;
        if (host.Contains("s-wildcard", StringComparison.Ordinal)) return uri.Scheme + ":";
        return uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
    }
}
