using Cartography.Core.Registration;
using Cartography.Data.Registration;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.Backoffice.Moderation;

/// <summary>
/// Flags submissions that may duplicate a published initiative or another pending submission. The published side is
/// indexed once per read-model snapshot; the queue, small, is indexed on each call.
/// </summary>
public sealed class DuplicateFlags(DirectoryReadModel directory, SubmissionStore store)
{
    /// <summary>How much of the queue is compared; a queue longer than this is a backlog to clear, not to scan.</summary>
    public const int PendingLimit = 1_000;

    private IndexedSnapshot? published;

    public async Task<IReadOnlyDictionary<Guid, SubmissionDuplicates>> OfAsync(IEnumerable<SubmittedContent> submissions, CancellationToken cancellationToken = default)
    {
        var index = PublishedIndex();
        var queue = (await store.PendingAsync(1, PendingLimit, cancellationToken)).Submissions;
        var pending = new DuplicateIndex(queue.Select(s => (s.Id, s.Proposed)));
        return submissions.ToDictionary(s => s.Id, s => new SubmissionDuplicates(
            index.Find(s.Proposed, [.. s.Changes is { } changes ? [changes] : Array.Empty<Guid>()]),
            pending.Find(s.Proposed, s.Id)));
    }

    public async Task<SubmissionDuplicates> OfAsync(SubmittedContent submission, CancellationToken cancellationToken = default) =>
        (await OfAsync([submission], cancellationToken))[submission.Id];

    private DuplicateIndex PublishedIndex()
    {
        var snapshot = directory.Current;
        if (Volatile.Read(ref published) is { } cached && ReferenceEquals(cached.Snapshot, snapshot)) return cached.Index;
        var index = new DuplicateIndex(snapshot.Initiatives.Select(i => (i.Id, i.Content)));
        Volatile.Write(ref published, new IndexedSnapshot(snapshot, index));
        return index;
    }

    private sealed record IndexedSnapshot(DirectorySnapshot Snapshot, DuplicateIndex Index);
}
