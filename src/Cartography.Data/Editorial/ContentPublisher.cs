using System.Globalization;
using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// What changes an item's place on the public site: publish, unpublish, rollback, delete, and the publish/unpublish
/// schedule. Each operation writes its rows, the change row when the public site changes, and an audit row in one
/// transaction.
/// </summary>
public sealed class ContentPublisher(CartographyDatabase database, TimeProvider clock)
{
    private readonly EditorialTransactions transactions = new(database);

    /// <summary>
    /// Makes the latest version public. With <paramref name="expectedVersion"/> (the version the editor is looking at),
    /// a newer save by someone else is answered with Conflict instead of being published unseen.
    /// </summary>
    public Task<EditOutcome> PublishAsync<T>(Guid id, string actor, int? expectedVersion = null, CancellationToken cancellationToken = default) where T : class =>
        OnItemAsync<T>(id, actor, async (context, row, now) =>
        {
            if (expectedVersion is { } expected && expected != row.LatestVersion)
                return await ContentEditor.ConflictAsync<T>(context, row, expected, cancellationToken);
            if (row.PublishedVersion == row.LatestVersion) return EditOutcome.Refused(EditStatus.AlreadyPublished, id);
            await PublishingRows.PublishLatestAsync(context, row, now, cancellationToken);
            ItemHistory.Audit(context, now, actor, AuditActions.Publish, id, $"version {row.LatestVersion}");
            return new EditOutcome(EditStatus.Published, id, row.LatestVersion);
        }, cancellationToken);

    /// <summary>Takes the item off the public site; every version stays.</summary>
    public Task<EditOutcome> UnpublishAsync<T>(Guid id, string actor, CancellationToken cancellationToken = default) where T : class =>
        OnItemAsync<T>(id, actor, async (context, row, now) =>
        {
            if (row.PublishedVersion is not { } published) return EditOutcome.Refused(EditStatus.NotPublished, id);
            await PublishingRows.UnpublishAsync(context, row, now, cancellationToken);
            ItemHistory.Audit(context, now, actor, AuditActions.Unpublish, id, $"version {published}");
            return new EditOutcome(EditStatus.Unpublished, id, published);
        }, cancellationToken);

    /// <summary>Copies version <paramref name="number"/> into a new draft; the public site keeps what it has until that draft is published.</summary>
    public Task<EditOutcome> RollbackAsync<T>(Guid id, int number, string actor, CancellationToken cancellationToken = default) where T : class =>
        OnItemAsync<T>(id, actor, async (context, row, now) =>
        {
            var source = await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == id && v.Number == number)
                .Select(v => v.Data).SingleOrDefaultAsync(cancellationToken);
            if (source is null) return EditOutcome.Refused(EditStatus.VersionNotFound, id);
            var copy = row.LatestVersion + 1;
            context.ContentVersions.Add(new ContentVersionRow { ItemId = id, Number = copy, Data = source, Author = actor, SavedUtc = now });
            row.LatestVersion = copy;
            row.Revision++;
            ItemColumns.DescribeLatest(row, ContentJson.Read<T>(source), actor, now);
            ItemHistory.Audit(context, now, actor, AuditActions.Rollback, id, $"version {copy} from version {number}");
            return new EditOutcome(EditStatus.RolledBack, id, copy);
        }, cancellationToken);

    /// <summary>
    /// Deletes softly: the item leaves the public site (if it was on it) and the back office lists, its schedule is
    /// cleared, and every version stays for history and audit. A deleted item can no longer be edited.
    /// </summary>
    public Task<EditOutcome> DeleteAsync<T>(Guid id, string actor, CancellationToken cancellationToken = default) where T : class =>
        OnItemAsync<T>(id, actor, async (context, row, now) =>
        {
            if (row.PublishedVersion is not null) await PublishingRows.UnpublishAsync(context, row, now, cancellationToken);
            row.PublishAtUtc = null;
            row.UnpublishAtUtc = null;
            row.DeletedUtc = now;
            row.Revision++;
            ItemHistory.Audit(context, now, actor, AuditActions.Delete, id, $"at version {row.LatestVersion}");
            return new EditOutcome(EditStatus.Deleted, id, row.LatestVersion);
        }, cancellationToken);

    /// <summary>
    /// Sets when the item goes public and when it leaves the site (null clears either). The scheduler publishes the
    /// latest version at that time. Refused: a time not in the future, an unpublish time not after the publish time.
    /// </summary>
    public Task<EditOutcome> ScheduleAsync<T>(Guid id, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, string actor,
        CancellationToken cancellationToken = default) where T : class =>
        OnItemAsync<T>(id, actor, (context, row, now) =>
        {
            if (publishAt is { } start && unpublishAt is { } end && end <= start)
                return Task.FromResult(EditOutcome.Refused(EditStatus.UnpublishBeforePublish, id));
            if (publishAt?.UtcDateTime <= now || unpublishAt?.UtcDateTime <= now)
                return Task.FromResult(EditOutcome.Refused(EditStatus.ScheduleInThePast, id));
            row.PublishAtUtc = publishAt?.UtcDateTime;
            row.UnpublishAtUtc = unpublishAt?.UtcDateTime;
            row.Revision++;
            ItemHistory.Audit(context, now, actor, AuditActions.Schedule, id, $"publish at {Describe(publishAt)}, unpublish at {Describe(unpublishAt)}");
            return Task.FromResult(new EditOutcome(EditStatus.Scheduled, id, row.LatestVersion));
        }, cancellationToken);

    private Task<EditOutcome> OnItemAsync<T>(Guid id, string actor,
        Func<CartographyDbContext, ContentItemRow, DateTime, Task<EditOutcome>> operation, CancellationToken cancellationToken) where T : class
    {
        Actors.Check(actor);
        var type = ContentTypes.Of<T>().ToString();
        return transactions.RunAsync(id, async context =>
        {
            var row = await context.ContentItems.SingleOrDefaultAsync(i => i.Id == id && i.Type == type, cancellationToken);
            if (row is null) return EditOutcome.Refused(EditStatus.NotFound, id);
            if (row.DeletedUtc is not null) return EditOutcome.Refused(EditStatus.ItemDeleted, id);
            return await operation(context, row, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
    }

    private static string Describe(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "none";
}
