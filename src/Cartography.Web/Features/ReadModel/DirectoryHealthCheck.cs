using Cartography.Data.Storage;
using Cartography.Search.ReadModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cartography.Web.Features.ReadModel;

/// <summary>Healthy once the database answers and the published content is loaded.</summary>
public sealed class DirectoryHealthCheck(CartographyDatabase database, DirectoryReadModel model) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!model.IsLoaded) return HealthCheckResult.Unhealthy("The directory is not loaded yet.");
        await using var db = database.CreateContext();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{model.Current.Initiatives.Count} published initiatives.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
