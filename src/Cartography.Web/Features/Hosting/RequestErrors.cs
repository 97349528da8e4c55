using Microsoft.AspNetCore.Diagnostics;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// What a visitor gets when a request fails, one way for every method and status: problem+json under /api, else the
/// error page in the site's layout and the URL's language (<see cref="ErrorAnswer"/>). A server fault is a 500 error
/// page, never the not-found page; an error status without a body (no such address, a wrong method) gets its page.
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
        app.UseStatusCodePages(status => ErrorAnswer.WriteAsync(status.HttpContext, status.HttpContext.Response.StatusCode));
        return app;
    }
}
