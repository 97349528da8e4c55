using System.Net;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// The answer to a request that failed (a refused request, an error status without a body, a server fault): RFC 9457
/// problem+json under <c>/api</c> and <c>/hsds</c>, else the error page in the site's layout and the visitor's language,
/// else — when even that page cannot be rendered — a small plain HTML page written here.
/// </summary>
public static class ErrorAnswer
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hsds") || path.StartsWithSegments("/openapi");

    /// <summary>The message keys (<c>{key}_Title</c>, <c>{key}_Text</c>) for a status.</summary>
    public static string KeyFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Request_Bad",
        StatusCodes.Status404NotFound => "NotFound",
        StatusCodes.Status405MethodNotAllowed => "Request_Method",
        >= 500 => "Server_Fault",
        _ => "Request_Failed",
    };

    public static Task WriteAsync(HttpContext context, int status) => WriteAsync(context, status, KeyFor(status), VisitorCulture.Of(context));

    public static async Task WriteAsync(HttpContext context, int status, string key, Culture culture)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (IsApi(context.Request.Path))
        {
            var (title, text) = InCulture.Write(culture, () => (l[$"{key}_Title"].Value, l[$"{key}_Text"].Value));
            context.Response.StatusCode = status;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = text },
            });
            return;
        }
        if (await context.RequestServices.GetRequiredService<ErrorPages>().TryRenderAsync(context, status, key, culture)) return;
        await WritePlainAsync(context, status, key, culture);
    }

    /// <summary>The last resort: no layout, no component, only the localized message and a link home.</summary>
    private static async Task WritePlainAsync(HttpContext context, int status, string key, Culture culture)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var (title, text, siteName, home) = InCulture.Write(culture, () => (l[$"{key}_Title"].Value, l[$"{key}_Text"].Value, l["SiteName"].Value, l["NotFound_Home"].Value));
        context.Response.StatusCode = status;
        string E(string value) => WebUtility.HtmlEncode(value);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.Code}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{E(title)} – {E(siteName)}</title>
            <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <main id="main" class="wrap">
            <h1>{E(title)}</h1>
            <p>{E(text)}</p>
            <p><a href="{E(Links.Home(culture))}">{E(home)}</a></p>
            </main>
            </body>
            </html>
            """, context.RequestAborted);
    }
}
