using Cartography.Core.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;

namespace Cartography.Data.Writing;

/// <summary>
/// The one way content is written, for every content type and every writer (back office, moderation, scheduler,
/// freshness confirmations, seed, CSV import, <c>generate</c>): it checks the actor's role and a translator's
/// cultures, validates with Core's rules, allocates slugs against the database, and writes the version, audit and
/// change rows in one transaction. Refusals are outcomes and write nothing; after a commit that changed the public
/// site, this node's read model is told to catch up.
/// </summary>
public sealed class ContentService(CartographyDatabase database, TimeProvider clock, IContentCommitted? committed = null)
{
    private readonly EditorialTransactions transactions = new(database);

    /// <summary>Creates an unpublished item with <paramref name="content"/> as version 1; <paramref name="key"/> is unique per type.</summary>
    public Task<EditOutcome> CreateAsync<T>(Actor actor, T content, string? key = null, CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.CreateAsync(actor, content, key, null, ct), cancellationToken);

    /// <summary>
    /// Saves <paramref name="content"/> as a new draft if the latest version is still <paramref name="startedFrom"/>;
    /// otherwise answers Conflict with who saved the newer version, when, and what it changed.
    /// </summary>
    public Task<EditOutcome> SaveAsync<T>(Actor actor, Guid id, int startedFrom, T content, CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.SaveAsync(actor, TypeOf<T>(), id, startedFrom, content, null, ct), cancellationToken);

    /// <summary>Makes the latest version public, with unique slugs where it has none; <paramref name="expectedVersion"/> is what the editor looked at.</summary>
    public Task<EditOutcome> PublishAsync<T>(Actor actor, Guid id, int? expectedVersion = null, CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.PublishAsync(actor, TypeOf<T>(), id, expectedVersion, null, ct), cancellationToken);

    /// <summary>Takes the item off the public site; every version stays.</summary>
    public Task<EditOutcome> UnpublishAsync<T>(Actor actor, Guid id, CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.UnpublishAsync(actor, TypeOf<T>(), id, null, ct), cancellationToken);

    /// <summary>Copies version <paramref name="number"/> into a new draft; the public site keeps what it has until that draft is published.</summary>
    public Task<EditOutcome> RollbackAsync<T>(Actor actor, Guid id, int number, CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.RollbackAsync(actor, TypeOf<T>(), id, number, ct), cancellationToken);

    /// <summary>Deletes softly: off the public site and the lists, every version kept.</summary>
    public Task<EditOutcome> DeleteAsync<T>(Actor actor, Guid id, CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.DeleteAsync(actor, TypeOf<T>(), id, ct), cancellationToken);

    /// <summary>Sets when the scheduler publishes the latest version and when it takes the item off (null clears either).</summary>
    public Task<EditOutcome> ScheduleAsync<T>(Actor actor, Guid id, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt,
        CancellationToken cancellationToken = default) where T : class =>
        RunAsync((tx, ct) => tx.ScheduleAsync(actor, TypeOf<T>(), id, publishAt, unpublishAt, ct), cancellationToken);

    /// <summary>A batch for an import (seed, CSV, <c>generate</c>): items staged one by one, checked as they come, written in one transaction.</summary>
    public ContentBatch OpenBatch(Actor actor) => new(this, actor);

    /// <summary>
    /// Runs <paramref name="operation"/> in one transaction, retried from a fresh read when it loses a race: the
    /// content operations of <see cref="ContentTransaction"/> together with the caller's own rows (a submission's
    /// decision, a reminder marked used), committed when <paramref name="writes"/> says so.
    /// </summary>
    internal async Task<TResult> RunAsync<TResult>(Func<ContentTransaction, CancellationToken, Task<TResult>> operation, Func<TResult, bool> writes,
        TResult lostEveryRace, CancellationToken cancellationToken)
    {
        ContentTransaction? last = null;
        var result = await transactions.RunAsync(context =>
        {
            last = new ContentTransaction(context, clock.GetUtcNow().UtcDateTime);
            return operation(last, cancellationToken);
        }, writes, lostEveryRace, cancellationToken);
        if (writes(result) && last is { ChangedPublicSite: true }) await NotifyAsync(cancellationToken);
        return result;
    }

    internal TimeProvider Clock => clock;

    internal Task NotifyAsync(CancellationToken cancellationToken) => committed?.CommittedAsync(cancellationToken) ?? Task.CompletedTask;

    internal CartographyDatabase Database => database;

    private Task<EditOutcome> RunAsync(Func<ContentTransaction, CancellationToken, Task<EditOutcome>> operation, CancellationToken cancellationToken) =>
        RunAsync(operation, outcome => outcome.Succeeded, EditOutcome.Refused(EditStatus.Conflict, Guid.Empty), cancellationToken);

    private static string TypeOf<T>() => ContentTypes.Of<T>().ToString();
}
