using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Taxonomy;
using Cartography.Search.FullText;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.ReadModel;

/// <summary>
/// Keeps the public read model and the full-text index in step with the published content: loads everything at
/// start-up, then applies what the change table says was published or unpublished since, or that the taxonomy changed
/// (here or on another node).
/// </summary>
public sealed class DirectoryLoader(
    ContentStore store, TaxonomyStore taxonomy, DirectoryReadModel model, InitiativeIndex index, ILogger<DirectoryLoader> logger)
{
    /// <summary>Past this many changes at once (a bulk import), reloading everything is simpler and not slower.</summary>
    public const int IncrementalLimit = 5_000;

    private readonly SemaphoreSlim gate = new(1, 1);
    private long lastSequence = -1;

    /// <summary>Whether the first load has run; before it (at start-up, in a CLI verb) there is nothing to catch up.</summary>
    public bool IsLoaded => Interlocked.Read(ref lastSequence) >= 0;

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await LoadAllAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rebuilds the full-text index from the database, whatever state it is in.</summary>
    public async Task ReindexAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await LoadAllAsync(cancellationToken, rebuildIndex: true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Applies the changes committed since the last load; false when there were none.</summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (lastSequence < 0)
            {
                await LoadAllAsync(cancellationToken);
                return true;
            }
            var changes = await store.ChangesSinceAsync(lastSequence, cancellationToken);
            if (changes.Count == 0) return false;
            if (changes.Count > IncrementalLimit) await LoadAllAsync(cancellationToken);
            else await ApplyAsync(changes, cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task LoadAllAsync(CancellationToken cancellationToken, bool rebuildIndex = false)
    {
        // Read the position first: a change committed while loading is picked up by the next catch-up.
        var sequence = await store.LastChangeAsync(cancellationToken);
        var snapshot = new DirectorySnapshot(
            await PublishedAsync<Initiative>(null, cancellationToken),
            await PublishedAsync<Organisation>(null, cancellationToken),
            await PublishedAsync<Portrait>(null, cancellationToken),
            await PublishedAsync<Resource>(null, cancellationToken),
            await taxonomy.LoadAsync(cancellationToken),
            await PagesAsync(cancellationToken));
        await SynchronizeIndexAsync(snapshot, sequence, rebuildIndex, cancellationToken);
        model.Replace(snapshot);
        lastSequence = sequence;
        logger.LogInformation("Directory loaded: {Initiatives} initiatives, {Portraits} portraits, {Resources} resources",
            snapshot.Initiatives.Count, snapshot.Portraits.Count, snapshot.Resources.Count);
    }

    /// <summary>Brings the index from the position it was committed at to <paramref name="sequence"/>.</summary>
    private async Task SynchronizeIndexAsync(DirectorySnapshot snapshot, long sequence, bool rebuild, CancellationToken cancellationToken)
    {
        var at = index.Sequence;
        if (!rebuild && at == sequence) return;
        if (!rebuild && at is { } position && position < sequence)
        {
            var changes = await store.ChangesSinceAsync(position, cancellationToken);
            if (changes.Count <= IncrementalLimit)
            {
                var (upserts, deletions) = IndexChanges(snapshot, IdsOf(changes, ContentType.Initiative), IdsOf(changes, ContentType.Organisation));
                index.Apply(upserts, deletions, sequence);
                logger.LogInformation("Search index caught up: {Updated} updated, {Deleted} removed", upserts.Count, deletions.Count);
                return;
            }
        }
        var started = TimeProvider.System.GetTimestamp();
        index.Rebuild(snapshot.Initiatives.Select(snapshot.IndexDocumentOf), sequence);
        logger.LogInformation("Search index rebuilt: {Count} initiatives in {Elapsed:0.0} s",
            snapshot.Initiatives.Count, TimeProvider.System.GetElapsedTime(started).TotalSeconds);
    }

    private async Task ApplyAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        var current = model.Current;
        var initiativeIds = IdsOf(changes, ContentType.Initiative);
        var organisationIds = IdsOf(changes, ContentType.Organisation);

        var fresh = initiativeIds.Count == 0 ? [] : await PublishedAsync<Initiative>(initiativeIds, cancellationToken);
        var freshById = fresh.ToDictionary(i => i.Id);
        var initiatives = current.Initiatives.Where(i => !initiativeIds.Contains(i.Id) || freshById.ContainsKey(i.Id))
            .Select(i => freshById.GetValueOrDefault(i.Id) ?? i)
            .Concat(fresh.Where(i => current.FindInitiative(i.Id) is null))
            .ToList();
        var snapshot = new DirectorySnapshot(
            initiatives,
            organisationIds.Count == 0 ? current.Organisations : await PublishedAsync<Organisation>(null, cancellationToken),
            IdsOf(changes, ContentType.Portrait).Count == 0 ? current.Portraits : await PublishedAsync<Portrait>(null, cancellationToken),
            IdsOf(changes, ContentType.Resource).Count == 0 ? current.Resources : await PublishedAsync<Resource>(null, cancellationToken),
            changes.Any(c => c.IsTaxonomy) ? await taxonomy.LoadAsync(cancellationToken) : current.Terms,
            IdsOf(changes, ContentType.Page).Count == 0 ? current.Pages.All : await PagesAsync(cancellationToken));

        var sequence = changes[^1].Sequence;
        var (upserts, deletions) = IndexChanges(snapshot, initiativeIds, organisationIds);
        index.Apply(upserts, deletions, sequence);
        model.Replace(snapshot);
        lastSequence = sequence;
        logger.LogInformation("Directory caught up with {Changes} changes", changes.Count);
    }

    /// <summary>What the index must redo: changed initiatives, and those of a renamed organisation.</summary>
    private static (IReadOnlyCollection<IndexDocument> Upserts, IReadOnlyCollection<Guid> Deletions) IndexChanges(
        DirectorySnapshot snapshot, HashSet<Guid> initiativeIds, HashSet<Guid> organisationIds)
    {
        var upserts = snapshot.Initiatives
            .Where(i => initiativeIds.Contains(i.Id) || i.Content.OrganisationId is { } o && organisationIds.Contains(o))
            .Select(snapshot.IndexDocumentOf).ToList();
        var deletions = initiativeIds.Where(id => snapshot.FindInitiative(id) is null).ToList();
        return (upserts, deletions);
    }

    private static HashSet<Guid> IdsOf(IReadOnlyList<ContentChange> changes, ContentType type) =>
        changes.Where(c => c.Type == type).Select(c => c.ItemId).ToHashSet();

    private async Task<IReadOnlyList<PublishedPage>> PagesAsync(CancellationToken cancellationToken) =>
        (await store.PublishedAsync<Page>(null, cancellationToken)).Select(p => new PublishedPage(p.Id, p.Key, p.Content)).ToList();

    private async Task<IReadOnlyList<Published<T>>> PublishedAsync<T>(IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken) where T : class =>
        (await store.PublishedAsync<T>(only, cancellationToken)).Select(p => new Published<T>(p.Id, p.Content)).ToList();
}
