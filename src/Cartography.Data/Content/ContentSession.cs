using Cartography.Core.Content;
using Cartography.Core.Publishing;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Content;

/// <summary>
/// A unit of work over content items: find, change through the model, then commit everything staged in one
/// transaction, with a change row per item so every node's read model can catch up.
/// </summary>
public sealed class ContentSession : IAsyncDisposable
{
    private readonly CartographyDbContext context;
    private readonly TimeProvider clock;
    private readonly List<Func<DateTime, Task>> staged = [];

    internal ContentSession(CartographyDbContext context, TimeProvider clock)
    {
        this.context = context;
        this.clock = clock;
    }

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

    /// <summary>Stages the item's new versions and publishing marks; nothing is written before <see cref="CommitAsync"/>.</summary>
    public void Stage<T>(ContentItem<T> item) where T : class =>
        staged.Add(now => WriteAsync(item, now));

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        foreach (var write in staged) await write(now);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        staged.Clear();
        context.ChangeTracker.Clear();
    }

    private async Task WriteAsync<T>(ContentItem<T> item, DateTime now) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        var row = await context.ContentItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Id == item.Id);
        if (row is null)
        {
            row = new ContentItemRow { Id = item.Id, Type = type, Key = item.Key, CreatedUtc = now };
            context.ContentItems.Add(row);
        }
        var publicStateChanged = row.PublishedVersion != item.Published?.Number;
        var versionsAdded = false;
        foreach (var version in item.Versions)
        {
            var stored = row.Versions.SingleOrDefault(v => v.Number == version.Number);
            if (stored is null)
            {
                versionsAdded = true;
                row.Versions.Add(new ContentVersionRow
                {
                    ItemId = item.Id,
                    Number = version.Number,
                    Data = ContentJson.Write(version.Content),
                    Author = version.Author,
                    SavedUtc = version.SavedAt.UtcDateTime,
                    PublishedUtc = version.PublishedAt?.UtcDateTime,
                });
            }
            else
            {
                stored.PublishedUtc = version.PublishedAt?.UtcDateTime;
            }
        }
        if (row.PublishedVersion is not null && item.Published is null) row.UnpublishedUtc = now;
        if (item.Published is not null) row.UnpublishedUtc = null;
        // An import that writes to a deleted item means it: the item comes back, with its history.
        if (versionsAdded) row.DeletedUtc = null;
        row.LatestVersion = item.Latest.Number;
        row.PublishedVersion = item.Published?.Number;
        row.Revision++;
        ItemColumns.DescribeLatest(row, item.Latest.Content, item.Latest.Author, item.Latest.SavedAt.UtcDateTime);
        if (publicStateChanged)
            context.ContentChanges.Add(new ContentChangeRow { ItemId = item.Id, Type = type, ChangedUtc = now });
    }

    private static ContentItem<T> ToItem<T>(ContentItemRow row) where T : class =>
        ContentItem<T>.Restore(row.Id, row.Key, row.Versions.Select(v => new ContentVersion<T>(
            v.Number, ContentJson.Read<T>(v.Data), v.Author,
            new DateTimeOffset(v.SavedUtc), v.PublishedUtc is { } published ? new DateTimeOffset(published) : null)));

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
