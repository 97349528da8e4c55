using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Hosting;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// The small page answered when a post is refused before the form is read (too many, too large): written by
/// middleware, so it is plain HTML in the URL's language rather than a component.
/// </summary>
public static class RefusalPage
{
    public static Task WriteAsync(HttpContext context, int status, string key, CancellationToken cancellationToken)
    {
        // The client may still be sending a body nobody will read: close rather than drain it.
        if (status == StatusCodes.Status413PayloadTooLarge) context.Response.Headers.Connection = "close";
        return ErrorAnswer.WriteAsync(context, status, key, LocalizationServices.Current);
    }
}
