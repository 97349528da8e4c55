namespace Cartography.Web.Features.Hosting;

/// <summary>
/// An HTTP/1.0 request without Host, or one with an empty Host, names no site: a 400 in the URL's language rather
/// than a page that fails building its own address. (A Host that is not the site's is refused earlier, by host filtering.)
/// </summary>
public static class HostGuard
{
    public static IApplicationBuilder UseHostGuard(this IApplicationBuilder app) =>
        app.Use((context, next) => context.Request.Host.HasValue && context.Request.Host.Host.Length > 0
            ? next(context)
            : ErrorAnswer.WriteAsync(context, StatusCodes.Status400BadRequest));
}
