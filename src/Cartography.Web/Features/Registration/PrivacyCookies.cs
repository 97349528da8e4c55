using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Map;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// The cookies the site sets, read from the settings that set them (names and lifetimes), so the privacy notice
/// cannot drift from what the browser receives.
/// </summary>
public sealed class PrivacyCookies(IOptions<AntiforgeryOptions> antiforgery, IOptionsMonitor<CookieAuthenticationOptions> authentication, IOptions<MapOptions> map)
{
    /// <summary>A cookie: its name, the resource key of its purpose, and its lifetime (null: until the browser closes).</summary>
    public sealed record Cookie(string Name, string Purpose, TimeSpan? Lifetime);

    public IReadOnlyList<Cookie> All
    {
        get
        {
            var session = authentication.Get(IdentityConstants.ApplicationScheme);
            var twoFactor = authentication.Get(IdentityConstants.TwoFactorUserIdScheme);
            return
            [
                new(antiforgery.Value.Cookie.Name ?? ".AspNetCore.Antiforgery", "Antiforgery", antiforgery.Value.Cookie.MaxAge),
                new(session.Cookie.Name ?? ".AspNetCore.Identity.Application", "BackofficeSession", session.ExpireTimeSpan),
                new(twoFactor.Cookie.Name ?? "Identity.TwoFactorUserId", "TwoFactor", twoFactor.ExpireTimeSpan),
                new(BackofficeCultureProvider.CookieName, "Culture", BackofficeCultureProvider.CookieLifetime),
            ];
        }
    }

    /// <summary>The host the map's background tiles come from: it receives the visitor's address, as any web server does.</summary>
    public string TileHost =>
        Uri.TryCreate(map.Value.TileUrl.Replace("{", "").Replace("}", ""), UriKind.Absolute, out var url) ? url.Host : map.Value.TileUrl;
}
