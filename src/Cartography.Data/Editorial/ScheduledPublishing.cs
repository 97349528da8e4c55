using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// Publishes and unpublishes what is due, through the content service, and clears the times it ran. Several nodes
/// may run it at once: each due item is taken in its own transaction whose write is conditional on the item row's
/// revision, so exactly one node acts on it and the others, re-reading, find nothing left to do.
/// </summary>
public sealed class ScheduledPublishing(CartographyDatabase database, ContentService content)
{
    private static readonly Actor Scheduler = Actor.System(AuditActions.Scheduler);

    public async Task<ScheduleRun> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var at = now.UtcDateTime;
        List<Guid> due;
        await using (var context = database.CreateContext())
        {
            due = await context.ContentItems.AsNoTracking()
                .Where(i => i.DeletedUtc == null && (i.PublishAtUtc <= at || i.UnpublishAtUtc <= at))
                .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(cancellationToken);
        }
        var run = ScheduleRun.Nothing;
        foreach (var id in due)
            run = run.Add(await content.RunAsync((tx, ct) => RunAsync(tx, id, at, ct), Wrote, ScheduleRun.Nothing, cancellationToken));
        return run;
    }

    // The row is read again inside the transaction: another node may have run it since the list was made. A publish the
    // service refuses (the latest version breaks a rule) clears its time all the same: the editor sees the item unpublished.
    private static async Task<ScheduleRun> RunAsync(ContentTransaction tx, Guid id, DateTime at, CancellationToken cancellationToken)
    {
        var row = await tx.Context.ContentItems.SingleOrDefaultAsync(i => i.Id == id && i.DeletedUtc == null, cancellationToken);
        if (row is null) return ScheduleRun.Nothing;
        int published = 0, unpublished = 0;
        var cleared = false;
        if (row.PublishAtUtc <= at)
        {
            if (row.PublishedVersion != row.LatestVersion &&
                (await tx.PublishAsync(Scheduler, row.Type, id, null, "scheduled", cancellationToken)).Succeeded)
                published = 1;
            row.PublishAtUtc = null;
            cleared = true;
        }
        if (row.UnpublishAtUtc <= at)
        {
            if (row.PublishedVersion is not null && (await tx.UnpublishAsync(Scheduler, row.Type, id, "scheduled", cancellationToken)).Succeeded)
                unpublished = 1;
            row.UnpublishAtUtc = null;
            cleared = true;
        }
        if (!cleared) return ScheduleRun.Nothing;
        row.Revision++;
        return new ScheduleRun(published, unpublished) { Cleared = true };
    }

    private static bool Wrote(ScheduleRun run) => run.Cleared;
}
