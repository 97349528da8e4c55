using Cartography.Core.Content;
using Cartography.Core.Editorial;
using Cartography.Core.Publishing;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// What the back office's editing form reads of an item of any content type: the item, its versions, what changed
/// between two. Every write goes through <see cref="Writing.ContentService"/>.
/// </summary>
public sealed class ContentEditor(CartographyDatabase database)
{
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

    /// <summary>What the editor who started from <paramref name="startedFrom"/> missed: who saved the newer version, when, and what it changed.</summary>
    internal static async Task<EditOutcome> ConflictAsync(CartographyDbContext context, ContentItemRow row, int startedFrom, CancellationToken cancellationToken)
    {
        var versions = await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == row.Id && (v.Number == startedFrom || v.Number == row.LatestVersion))
            .ToListAsync(cancellationToken);
        var before = versions.SingleOrDefault(v => v.Number == startedFrom);
        var newer = versions.SingleOrDefault(v => v.Number == row.LatestVersion);
        if (before is null || newer is null) return EditOutcome.Refused(EditStatus.VersionNotFound, row.Id);
        var conflict = new EditConflict(startedFrom, newer.Number, newer.Author, Instants.From(newer.SavedUtc),
            ContentDiff.Between(ContentJson.Read(row.Type, before.Data), ContentJson.Read(row.Type, newer.Data)));
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
