using Cartography.Core.Content;
using Cartography.Core.Publishing;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Content;

/// <summary>
/// Reads content items as the model's <see cref="ContentItem{T}"/>, for importers that change them through the model
/// and hand them to a <see cref="Writing.ContentBatch"/>, the only way they are written.
/// </summary>
public sealed class ContentSession : IAsyncDisposable
{
    private readonly CartographyDbContext context;

    internal ContentSession(CartographyDbContext context) => this.context = context;

    public async Task<ContentItem<T>?> FindAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        var row = await context.ContentItems.AsNoTracking().Include(i => i.Versions)
            .SingleOrDefaultAsync(i => i.Id == id && i.Type == type, cancellationToken);
        return row is null ? null : ToItem<T>(row);
    }

    public async Task<ContentItem<T>?> FindByKeyAsync<T>(string key, CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        var row = await context.ContentItems.AsNoTracking().Include(i => i.Versions)
            .SingleOrDefaultAsync(i => i.Key == key && i.Type == type, cancellationToken);
        return row is null ? null : ToItem<T>(row);
    }

    /// <summary>Every key in use for a type, mapped to its item's id.</summary>
    public async Task<Dictionary<string, Guid>> KeysAsync<T>(CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        return await context.ContentItems.AsNoTracking().Where(i => i.Type == type && i.Key != null)
            .ToDictionaryAsync(i => i.Key!, i => i.Id, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>The latest content of every item of a type, drafts included (for uniqueness checks such as slugs).</summary>
    public async Task<IReadOnlyList<(Guid Id, T Content)>> LatestAsync<T>(CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        var rows = await (from item in context.ContentItems
                          join version in context.ContentVersions on new { ItemId = item.Id, Number = item.LatestVersion } equals new { version.ItemId, version.Number }
                          where item.Type == type
                          select new { item.Id, version.Data }).AsNoTracking().ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, ContentJson.Read<T>(r.Data))).ToList();
    }

    private static ContentItem<T> ToItem<T>(ContentItemRow row) where T : class =>
        ContentItem<T>.Restore(row.Id, row.Key, row.Versions.Select(v => new ContentVersion<T>(
            v.Number, ContentJson.Read<T>(v.Data), v.Author,
            new DateTimeOffset(v.SavedUtc), v.PublishedUtc is { } published ? new DateTimeOffset(published) : null)));

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
