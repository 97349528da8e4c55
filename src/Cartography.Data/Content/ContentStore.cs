using Cartography.Core.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Content;

/// <summary>Reads versioned content. Writes go through <see cref="Writing.ContentService"/>.</summary>
public sealed class ContentStore(CartographyDatabase database)
{
    public ContentSession OpenSession() => new(database.CreateContext());

    public async Task<IReadOnlyList<PublishedContent<T>>> PublishedAsync<T>(
        IReadOnlyCollection<Guid>? only = null, CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        await using var context = database.CreateContext();
        var query = from item in context.ContentItems
                    join version in context.ContentVersions on new { ItemId = item.Id, Number = item.PublishedVersion ?? -1 } equals new { version.ItemId, version.Number }
                    where item.Type == type
                    select new { item.Id, item.Key, version.Data, version.PublishedUtc };
        if (only is not null) query = query.Where(r => only.Contains(r.Id));
        var rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        // Reading the JSON is most of a full load (100,000 initiatives at start-up): spread it over the cores.
        return rows.AsParallel().AsOrdered()
            .Select(r => new PublishedContent<T>(r.Id, r.Key, ContentJson.Read<T>(r.Data), new DateTimeOffset(r.PublishedUtc!.Value)))
            .ToList();
    }

    /// <summary>
    /// Every published item of a type in key order, read one at a time: for exports of the whole directory, which
    /// must not hold it all in memory. Items without a key come first.
    /// </summary>
    public async IAsyncEnumerable<PublishedContent<T>> StreamPublishedAsync<T>(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        await using var context = database.CreateContext();
        var rows = (from item in context.ContentItems
                    join version in context.ContentVersions on new { ItemId = item.Id, Number = item.PublishedVersion ?? -1 } equals new { version.ItemId, version.Number }
                    where item.Type == type
                    orderby item.Key, item.Id
                    select new { item.Id, item.Key, version.Data, version.PublishedUtc }).AsNoTracking().AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
            yield return new PublishedContent<T>(r.Id, r.Key, ContentJson.Read<T>(r.Data), new DateTimeOffset(r.PublishedUtc!.Value));
    }

    /// <summary>The changes committed after <paramref name="afterSequence"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ContentChange>> ChangesSinceAsync(long afterSequence, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.ContentChanges.AsNoTracking().Where(c => c.Sequence > afterSequence)
            .OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        return rows.Select(c => new ContentChange(c.Sequence, c.ItemId, c.Type == ContentChange.TaxonomyType ? null : Enum.Parse<ContentType>(c.Type))).ToList();
    }

    public async Task<long> LastChangeAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.ContentChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
    }
}
