using Microsoft.AspNetCore.Diagnostics;

namespace Cartography.Web.Features.Registration;

public static class ResponseStatus
{
    /// <summary>
    /// Sets an error status on a page that explains itself: the site's status-code pages would otherwise replace a
    /// 404 ("this link is not valid") with the generic not-found page.
    /// </summary>
    public static void SetOwnStatus(this HttpContext context, int status)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        if (status != StatusCodes.Status404NotFound)
        {
            context.Response.StatusCode = status;
            return;
        }
        // A component that sets 404 itself has its output dropped (the framework expects a not-found page to take
        // over): set it as the response starts, once the page has rendered.
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
    }
}
