using Cartography.Web.Features.ReadModel;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// Migrates, seeds and loads the read model when the host starts. Hosted services start before the server listens,
/// so no request is served from a database that is not ready.
/// </summary>
public sealed class StartupService(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.PrepareStorageAsync(cancellationToken);
        await services.GetRequiredService<DirectoryLoader>().LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
