using System.Net;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// The small page answered when a post is refused before the form is read (too many, too large): written by
/// middleware, so it is plain HTML in the URL's language rather than a component.
/// </summary>
public static class RefusalPage
{
    public static async Task WriteAsync(HttpContext context, int status, string key, CancellationToken cancellationToken)
    {
        var culture = LocalizationServices.Current;
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        string E(string text) => WebUtility.HtmlEncode(text);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        // The client may still be sending a body nobody will read: close rather than drain it.
        if (status == StatusCodes.Status413PayloadTooLarge) context.Response.Headers.Connection = "close";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{culture.Code}">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{E(l[$"{key}_Title"])} – {E(l["SiteName"])}</title>
            <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <main id="main" class="wrap">
            <h1>{E(l[$"{key}_Title"])}</h1>
            <p>{E(l[$"{key}_Text"])}</p>
            <p><a href="{E(Links.Home(culture))}">{E(l["NotFound_Home"])}</a></p>
            </main>
            </body>
            </html>
            """;
        await context.Response.WriteAsync(html, cancellationToken);
    }
}
