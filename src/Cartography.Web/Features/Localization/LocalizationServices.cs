using System.Globalization;
using Cartography.Core.Cultures;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Localization.Routing;

namespace Cartography.Web.Features.Localization;

public static class LocalizationServices
{
    /// <summary>The name of the culture segment in page routes: <c>/{lang}/initiatives</c>.</summary>
    public const string RouteKey = "lang";

    public static WebApplicationBuilder AddCartographyLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Culture.All.Select(c => new CultureInfo(c.Code)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Culture.Fr.Code);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The page's culture segment first (a re-executed error page's: the failed page's), then ?culture= (the API), then the browser's preference.
            options.RequestCultureProviders =
            [
                new RouteDataRequestCultureProvider { RouteDataStringKey = RouteKey, UIRouteDataStringKey = RouteKey },
                new Hosting.OriginalPathCultureProvider(),
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>The site culture the request runs in (set by the request localization middleware).</summary>
    public static Culture Current =>
        Culture.TryParse(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var culture) ? culture : Culture.Fr;
}
