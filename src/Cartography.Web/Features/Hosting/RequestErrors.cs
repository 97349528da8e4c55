using System.Net.Http;
using Microsoft.AspNetCore.Diagnostics;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// What a visitor gets when a request fails: a server fault is a 500 error page in the URL's language (problem+json
/// under /api), not the not-found page; a bare error status gets its page, re-executed for GET (the not-found page
/// with the site's layout) and written directly for other methods, which a re-executed page would refuse.
/// </summary>
public static class RequestErrors
{
    public static IApplicationBuilder UseRequestErrors(this IApplicationBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // A request the framework could not read is the client's fault, whoever noticed it.
                StatusCodeSelector = exception => exception switch
                {
                    BadHttpRequestException bad => bad.StatusCode,
                    InvalidDataException => StatusCodes.Status400BadRequest,
                    _ => StatusCodes.Status500InternalServerError,
                },
                ExceptionHandler = context => ErrorAnswer.WriteAsync(context, context.Response.StatusCode),
            });
        app.UseWhen(context => !ErrorAnswer.IsApi(context.Request.Path) && IsRead(context.Request.Method),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", "?status={0}"));
        app.UseWhen(context => ErrorAnswer.IsApi(context.Request.Path) || !IsRead(context.Request.Method),
            others => others.UseStatusCodePages(status => ErrorAnswer.WriteAsync(status.HttpContext, status.HttpContext.Response.StatusCode)));
        return app;
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
}
