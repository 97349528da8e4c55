using Microsoft.AspNetCore.Localization;

namespace Cartography.Web.Features.Hosting;

/// <summary>Gives a re-executed error page the language of the page that failed (<c>/nl/…</c>), not the browser's.</summary>
public sealed class OriginalPathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null
        && VisitorCulture.FromPath(VisitorCulture.OriginalPath(httpContext)) is { } culture
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Code))
            : NullProviderCultureResult;
}
