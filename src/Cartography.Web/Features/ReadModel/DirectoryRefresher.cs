using Cartography.Web.Features.Hosting;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.ReadModel;

/// <summary>Keeps this node's read model in step with changes committed by other processes (imports, other nodes).</summary>
public sealed class DirectoryRefresher(DirectoryLoader loader, IOptions<DirectoryOptions> options, ILogger<DirectoryRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                await loader.CatchUpAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not refresh the directory; the previous snapshot stays in use");
            }
        }
    }

    /// <summary>False when the host stops, instead of an exception the host would log as a failure.</summary>
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
