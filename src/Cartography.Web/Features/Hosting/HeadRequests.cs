using Microsoft.AspNetCore.Http.Features;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// HEAD wherever GET works (RFC 9110 §9.3.2): the request runs as the GET it stands for, with the same status and
/// headers, and its body goes nowhere. Endpoints, pages and minimal APIs alike declare GET only.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    });
}
