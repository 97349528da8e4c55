using Cartography.Data.Writing;

namespace Cartography.Web.Features.ReadModel;

/// <summary>
/// After this node commits a change to the public site, its read model and index catch up before the writer's call
/// returns, so an editor who just published finds the item on this node's public pages. Other nodes keep the refresh interval.
/// </summary>
public sealed class LocalCatchUp(DirectoryLoader loader, ILogger<LocalCatchUp> logger) : IContentCommitted
{
    public async Task CommittedAsync(CancellationToken cancellationToken)
    {
        if (!loader.IsLoaded) return;
        try
        {
            await loader.CatchUpAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write is durable; the refresher picks the change up at its next tick.
            logger.LogWarning(e, "Could not catch up with a committed change; the next refresh will");
        }
    }
}
