using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Taxonomy;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.ReadModel;

/// <summary>Builds the public read model from the published content, and rebuilds it when the change table moves.</summary>
public sealed class DirectoryLoader(ContentStore store, TaxonomyStore taxonomy, DirectoryReadModel model, ILogger<DirectoryLoader> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastSequence = -1;

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Read the position first: a change committed while loading is picked up by the next catch-up.
            var sequence = await store.LastChangeAsync(cancellationToken);
            var snapshot = new DirectorySnapshot(
                await PublishedAsync<Initiative>(cancellationToken),
                await PublishedAsync<Organisation>(cancellationToken),
                await PublishedAsync<Portrait>(cancellationToken),
                await PublishedAsync<Resource>(cancellationToken),
                await taxonomy.LoadAsync(cancellationToken));
            model.Replace(snapshot);
            lastSequence = sequence;
            logger.LogInformation("Directory loaded: {Initiatives} initiatives, {Portraits} portraits, {Resources} resources",
                snapshot.Initiatives.Count, snapshot.Portraits.Count, snapshot.Resources.Count);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reloads when content was published or unpublished since the last load (here or on another node).</summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        if (lastSequence >= 0 && await store.LastChangeAsync(cancellationToken) == lastSequence) return false;
        await LoadAsync(cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<Published<T>>> PublishedAsync<T>(CancellationToken cancellationToken) where T : class =>
        (await store.PublishedAsync<T>(cancellationToken: cancellationToken)).Select(p => new Published<T>(p.Id, p.Content)).ToList();
}
