using Cartography.Data.Export;

namespace Cartography.Web.Features.Backoffice.Transfer;

/// <summary>The published directory as CSV in the import format, streamed, for editors.</summary>
public static class ExportEndpoint
{
    public const string Path = "/backoffice/export/initiatives.csv";

    public static IEndpointRouteBuilder MapInitiativeExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext context, InitiativeCsvExporter exporter, CancellationToken cancellationToken) =>
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"initiatives-{DateTime.UtcNow:yyyy-MM-dd}.csv\"";
            await exporter.ExportAsync(context.Response.Body, cancellationToken);
        }).RequireAuthorization(BackofficePolicies.Content).ExcludeFromDescription();
        return app;
    }
}
