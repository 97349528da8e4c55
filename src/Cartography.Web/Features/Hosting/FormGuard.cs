using Cartography.Web.Features.Backoffice;
using Microsoft.AspNetCore.Routing;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// Reads the form of every post to a form endpoint once, before antiforgery and the page do (they then use the same
/// parsed form): a body that is no form (no or another Content-Type, a multipart without boundary) or that breaks the
/// form limits (more than 1,024 values, a value with a NUL) is the visitor's mistake, answered 400 in their language,
/// where the framework would throw from deep inside antiforgery and answer 500.
/// </summary>
public static class FormGuard
{
    public static IApplicationBuilder UseFormGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!ReadsForm(context))
        {
            await next(context);
            return;
        }
        var status = await TryReadFormAsync(context);
        if (status is { } refused)
        {
            await ErrorAnswer.WriteAsync(context, refused);
            return;
        }
        await next(context);
    });

    /// <summary>
    /// Every post to a page or endpoint of the site takes a form (the pages, sign-out, the language switch, which check
    /// antiforgery themselves), but for the API and the back office's Blazor hub, whose SignalR posts are no forms.
    /// </summary>
    private static bool ReadsForm(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
          || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        // An endpoint that takes this method: the framework's 405 answer for the others reads nothing.
        && context.GetEndpoint()?.Metadata.GetMetadata<IHttpMethodMetadata>() is { } methods
        && methods.HttpMethods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase)
        && !ErrorAnswer.IsApi(context.Request.Path)
        && !context.Request.Path.StartsWithSegments(BackofficeLinks.Hub) && !context.Request.Path.StartsWithSegments("/_blazor");

    /// <returns>Null when the form was read, else the status to refuse it with.</returns>
    private static async Task<int?> TryReadFormAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType) return StatusCodes.Status400BadRequest;
        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return null;
        }
        catch (InvalidDataException)
        {
            return StatusCodes.Status400BadRequest;
        }
        catch (BadHttpRequestException bad)
        {
            return bad.StatusCode;
        }
        catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // A multipart body cut short or otherwise unreadable.
            return StatusCodes.Status400BadRequest;
        }
    }
}
