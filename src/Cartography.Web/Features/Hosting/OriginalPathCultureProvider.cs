using Microsoft.AspNetCore.Localization;

namespace Cartography.Web.Features.Hosting;

/// <summary>Gives the error page the language of the request that failed (<c>/nl/…</c>), not the browser's.</summary>
public sealed class OriginalPathCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Features.Get<ErrorPageRequest>() is { } error
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(error.Culture.Code))
            : NullProviderCultureResult;
}
