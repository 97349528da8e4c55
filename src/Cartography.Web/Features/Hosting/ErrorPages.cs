using Cartography.Core.Cultures;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// Renders the error page (<see cref="Shared.ErrorPage"/>, in the site's layout) in place of an answer that failed, by
/// running the rest of the pipeline again for <see cref="Path"/> as a GET, in a fresh service scope (the failed
/// request's scope may hold a renderer half-way through a page). When that rendering fails too, the caller writes
/// the plain page.
/// </summary>
public sealed class ErrorPages(ILogger<ErrorPages> logger)
{
    public const string Path = "/error";

    /// <summary>The pipeline after the hosting guards, captured when the pipeline is built.</summary>
    private RequestDelegate? rest;

    /// <summary>Marks where a re-executed error page starts: what comes after it, once more, for the error page's path.</summary>
    public static IApplicationBuilder UseErrorPages(IApplicationBuilder app)
    {
        var pages = app.ApplicationServices.GetRequiredService<ErrorPages>();
        return app.Use(next => pages.rest = next);
    }

    /// <returns>False when the page could not be rendered and nothing was written.</returns>
    public async Task<bool> TryRenderAsync(HttpContext context, int status, string key, Culture culture)
    {
        // Never twice for one request (an error page that fails gets the plain page), nor for a request naming no
        // site, whose page could not build its own address.
        if (rest is null || context.Response.HasStarted || context.Features.Get<ErrorPageRequest>() is not null
            || context.Request.Host.Host is not { Length: > 0 }) return false;
        var request = context.Request;
        var (path, query, method, services, endpoint) = (request.Path, request.QueryString, request.Method, context.RequestServices, context.GetEndpoint());
        var routeValues = context.Features.Get<IRouteValuesFeature>()?.RouteValues;
        var savedRouteValues = routeValues is null ? null : new RouteValueDictionary(routeValues);
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        try
        {
            context.Features.Set(new ErrorPageRequest(status, key, culture));
            // Without it, a page rendered with a 404 status leaves its output to the status-code pages, i.e. to itself.
            context.Features.Set<IStatusCodeReExecuteFeature>(new ReExecution(path.Value ?? "", request.PathBase.Value ?? "", query.Value, status, endpoint, savedRouteValues));
            context.SetEndpoint(null);
            routeValues?.Clear();
            (request.Path, request.QueryString, request.Method) = (Path, QueryString.Empty, HttpMethods.Get);
            context.RequestServices = scope.ServiceProvider;
            context.Response.StatusCode = status;
            await rest(context);
            return true;
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            logger.LogError(exception, "The error page for {Status} could not be rendered; the plain page answers instead", status);
            context.Response.Clear();
            return false;
        }
        finally
        {
            (request.Path, request.QueryString, request.Method) = (path, query, method);
            context.RequestServices = services;
            context.Features.Set<IStatusCodeReExecuteFeature>(null);
            context.SetEndpoint(endpoint);
            if (routeValues is not null && savedRouteValues is not null)
            {
                routeValues.Clear();
                foreach (var (name, value) in savedRouteValues) routeValues[name] = value;
            }
        }
    }

    private sealed record ReExecution(string OriginalPath, string OriginalPathBase, string? OriginalQueryString, int OriginalStatusCode,
        Endpoint? Endpoint, RouteValueDictionary? RouteValues) : IStatusCodeReExecuteFeature
    {
        public string OriginalPath { get; set; } = OriginalPath;
        public string OriginalPathBase { get; set; } = OriginalPathBase;
        public string? OriginalQueryString { get; set; } = OriginalQueryString;
    }
}
