using Cartography.Core.Cultures;
using Microsoft.AspNetCore.Localization;

namespace Cartography.Web.Features.Backoffice;

/// <summary>
/// The language of back office pages, which have no culture segment: the signed-in user's preference, else the
/// choice stored by the language switch, else (by the next providers) the browser's Accept-Language.
/// </summary>
public sealed class BackofficeCultureProvider : RequestCultureProvider
{
    public const string CookieName = ".Cartography.Backoffice.Culture";

    /// <summary>How long the language switch's choice is remembered (the privacy notice states it).</summary>
    public static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(365);

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (!BackofficeLinks.IsBackoffice(httpContext.Request.Path)) return NullProviderCultureResult;
        var culture = httpContext.User.PreferredCulture()
            ?? (Culture.TryParse(httpContext.Request.Cookies[CookieName], out var chosen) ? chosen : null);
        return culture is null ? NullProviderCultureResult : Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Code));
    }
}
