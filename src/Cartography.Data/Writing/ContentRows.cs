using Cartography.Data.Audit;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// The rows of a content write, on a tracked item row, in the caller's transaction: versions, the published mark,
/// the audit line and, when the public site changes, the change row every node's read model catches up from.
/// Only the content service uses them; the architecture test keeps it so.
/// </summary>
internal static class ContentRows
{
    public static int AddVersion(CartographyDbContext context, ContentItemRow row, object content, string author, DateTime now)
    {
        content = InitiativePlaces.Resolve(content);
        var number = row.LatestVersion + 1;
        context.ContentVersions.Add(new ContentVersionRow { ItemId = row.Id, Number = number, Data = ContentJson.Write(content), Author = author, SavedUtc = now });
        row.LatestVersion = number;
        row.Revision++;
        ItemColumns.DescribeLatest(row, content, author, now);
        return number;
    }

    public static async Task PublishLatestAsync(CartographyDbContext context, ContentItemRow row, DateTime now, CancellationToken cancellationToken)
    {
        int[] numbers = row.PublishedVersion is { } previous ? [previous, row.LatestVersion] : [row.LatestVersion];
        // A version added in this transaction is not in the database yet: the tracked one is found among the local rows.
        var versions = context.ContentVersions.Local.Where(v => v.ItemId == row.Id && numbers.Contains(v.Number)).ToList();
        var stored = await context.ContentVersions.Where(v => v.ItemId == row.Id && numbers.Contains(v.Number)).ToListAsync(cancellationToken);
        foreach (var version in versions.Union(stored)) version.PublishedUtc = version.Number == row.LatestVersion ? now : null;
        row.PublishedVersion = row.LatestVersion;
        row.UnpublishedUtc = null;
        row.PublishAtUtc = null;
        row.Revision++;
        PublicStateChanged(context, row, now);
    }

    public static async Task UnpublishAsync(CartographyDbContext context, ContentItemRow row, DateTime now, CancellationToken cancellationToken)
    {
        var published = row.PublishedVersion;
        var version = await context.ContentVersions.SingleAsync(v => v.ItemId == row.Id && v.Number == published, cancellationToken);
        version.PublishedUtc = null;
        row.PublishedVersion = null;
        row.UnpublishedUtc = now;
        row.UnpublishAtUtc = null;
        row.Revision++;
        PublicStateChanged(context, row, now);
    }

    public static void Audit(CartographyDbContext context, DateTime at, Actor actor, string action, Guid itemId, string? detail) =>
        context.AuditEntries.Add(new AuditEntryRow
        {
            AtUtc = at, Actor = actor.Name, Action = action, Subject = itemId.ToString(),
            Detail = detail is { Length: > AuditLog.DetailLength } ? detail[..AuditLog.DetailLength] : detail,
        });

    /// <summary>Every node's read model and search index catch up from these rows; drafts never reach them.</summary>
    public static void PublicStateChanged(CartographyDbContext context, ContentItemRow row, DateTime at) =>
        context.ContentChanges.Add(new ContentChangeRow { ItemId = row.Id, Type = row.Type, ChangedUtc = at });
}
