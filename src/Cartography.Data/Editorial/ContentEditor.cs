using Cartography.Core.Content;
using Cartography.Core.Editorial;
using Cartography.Core.Publishing;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// What the back office's editing form does with an item of any content type: create it, open it, save drafts, look
/// back through its versions. Saves carry the version the editor started from; nothing is ever overwritten.
/// </summary>
public sealed class ContentEditor(CartographyDatabase database, TimeProvider clock)
{
    private readonly EditorialTransactions transactions = new(database);

    /// <summary>Creates an unpublished item with <paramref name="content"/> as version 1; <paramref name="key"/> is unique per type.</summary>
    public Task<EditOutcome> CreateAsync<T>(T content, string actor, string? key = null, CancellationToken cancellationToken = default) where T : class
    {
        Actors.Check(actor);
        var id = Guid.NewGuid();
        var type = ContentTypes.Of<T>().ToString();
        return transactions.RunAsync(id, async context =>
        {
            if (key is not null && await context.ContentItems.AnyAsync(i => i.Type == type && i.Key == key, cancellationToken))
                return EditOutcome.Refused(EditStatus.KeyTaken, id);
            var now = clock.GetUtcNow().UtcDateTime;
            var row = new ContentItemRow { Id = id, Type = type, Key = key, CreatedUtc = now, LatestVersion = 1 };
            ItemColumns.DescribeLatest(row, content, actor, now);
            row.Versions.Add(new ContentVersionRow { ItemId = id, Number = 1, Data = ContentJson.Write(content), Author = actor, SavedUtc = now });
            context.ContentItems.Add(row);
            ItemHistory.Audit(context, now, actor, AuditActions.Create, id, key is null ? "version 1" : $"version 1, key {key}");
            return new EditOutcome(EditStatus.Created, id, 1);
        }, cancellationToken);
    }

    /// <summary>The item as the form opens it, or null when there is no such item of this type. Deleted items open read-only (state Deleted).</summary>
    public async Task<EditableItem<T>?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        await using var context = database.CreateContext();
        var row = await context.ContentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.Type == type, cancellationToken);
        if (row is null) return null;
        var versions = await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.Author, v.SavedUtc, v.PublishedUtc }).ToListAsync(cancellationToken);
        var latest = await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == id && v.Number == row.LatestVersion)
            .Select(v => v.Data).SingleAsync(cancellationToken);
        return new EditableItem<T>(
            row.Id, row.Key, ContentJson.Read<T>(latest), row.LatestVersion, row.PublishedVersion, row.EditState,
            Instants.From(row.PublishAtUtc), Instants.From(row.UnpublishAtUtc),
            versions.Select(v => new VersionSummary(v.Number, v.Author, Instants.From(v.SavedUtc), v.PublishedUtc is not null)).ToList());
    }

    /// <summary>One version of an item, as saved.</summary>
    public async Task<ContentVersion<T>?> VersionAsync<T>(Guid id, int number, CancellationToken cancellationToken = default) where T : class
    {
        await using var context = database.CreateContext();
        return await ReadVersionAsync<T>(context, id, number, cancellationToken);
    }

    /// <summary>What changed from version <paramref name="from"/> to version <paramref name="to"/>; null when either is missing.</summary>
    public async Task<ContentDiff?> DiffAsync<T>(Guid id, int from, int to, CancellationToken cancellationToken = default) where T : class
    {
        await using var context = database.CreateContext();
        var before = await ReadVersionAsync<T>(context, id, from, cancellationToken);
        var after = await ReadVersionAsync<T>(context, id, to, cancellationToken);
        return before is null || after is null ? null : ContentDiff.Between(before.Content, after.Content);
    }

    /// <summary>
    /// Saves <paramref name="content"/> as a new draft if the latest version is still <paramref name="startedFrom"/>;
    /// otherwise writes nothing and answers Conflict with who saved the newer version, when, and what it changed.
    /// </summary>
    public Task<EditOutcome> SaveAsync<T>(Guid id, int startedFrom, T content, string actor, CancellationToken cancellationToken = default) where T : class
    {
        Actors.Check(actor);
        var type = ContentTypes.Of<T>().ToString();
        return transactions.RunAsync(id, async context =>
        {
            var row = await context.ContentItems.SingleOrDefaultAsync(i => i.Id == id && i.Type == type, cancellationToken);
            if (row is null) return EditOutcome.Refused(EditStatus.NotFound, id);
            if (row.DeletedUtc is not null) return EditOutcome.Refused(EditStatus.ItemDeleted, id);
            if (startedFrom < 1 || startedFrom > row.LatestVersion) return EditOutcome.Refused(EditStatus.VersionNotFound, id);
            if (startedFrom != row.LatestVersion) return await ConflictAsync<T>(context, row, startedFrom, cancellationToken);

            var now = clock.GetUtcNow().UtcDateTime;
            var number = row.LatestVersion + 1;
            context.ContentVersions.Add(new ContentVersionRow { ItemId = id, Number = number, Data = ContentJson.Write(content), Author = actor, SavedUtc = now });
            row.LatestVersion = number;
            row.Revision++;
            ItemColumns.DescribeLatest(row, content, actor, now);
            ItemHistory.Audit(context, now, actor, AuditActions.Save, id, $"version {number}");
            return new EditOutcome(EditStatus.Saved, id, number);
        }, cancellationToken);
    }

    internal static async Task<EditOutcome> ConflictAsync<T>(CartographyDbContext context, ContentItemRow row, int startedFrom, CancellationToken cancellationToken) where T : class
    {
        var before = await ReadVersionAsync<T>(context, row.Id, startedFrom, cancellationToken);
        var newer = await ReadVersionAsync<T>(context, row.Id, row.LatestVersion, cancellationToken);
        if (before is null || newer is null) return EditOutcome.Refused(EditStatus.VersionNotFound, row.Id);
        var conflict = new EditConflict(startedFrom, newer.Number, newer.Author, newer.SavedAt, ContentDiff.Between(before.Content, newer.Content));
        return new EditOutcome(EditStatus.Conflict, row.Id, row.LatestVersion, conflict);
    }

    private static async Task<ContentVersion<T>?> ReadVersionAsync<T>(CartographyDbContext context, Guid id, int number, CancellationToken cancellationToken) where T : class
    {
        var type = ContentTypes.Of<T>().ToString();
        var row = await (from version in context.ContentVersions
                         join item in context.ContentItems on version.ItemId equals item.Id
                         where version.ItemId == id && version.Number == number && item.Type == type
                         select version).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new ContentVersion<T>(row.Number, ContentJson.Read<T>(row.Data), row.Author,
            Instants.From(row.SavedUtc), Instants.From(row.PublishedUtc));
    }
}
