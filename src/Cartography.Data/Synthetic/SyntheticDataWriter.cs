using Cartography.Core.Content;
using Cartography.Core.Publishing;
using Cartography.Data.Content;
using Cartography.Data.Writing;

namespace Cartography.Data.Synthetic;

/// <summary>
/// Writes <see cref="SyntheticDirectory"/> initiatives (and the organisations they point to) into the database,
/// published, under the keys <c>synthetic-{seed}-{n}</c>: a key already there is skipped, so running the same seed
/// again adds nothing, and a larger count only adds the missing tail. One transaction per batch, each with its change
/// rows, so a running site catches up through the change table. Never touches content/.
/// </summary>
public sealed class SyntheticDataWriter(ContentStore store, ContentService content, TimeProvider clock)
{
    public const int DefaultBatchSize = 1000;
    private const string Author = "synthetic";
    private static readonly Actor Generator = Actor.System(Author);

    /// <param name="progress">Called after each batch with how many initiatives were handled so far (written or skipped).</param>
    public async Task<SyntheticWriteReport> WriteAsync(int count, int seed, Action<int>? progress = null,
        int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);

        HashSet<string> initiativeKeys, organisationKeys;
        await using (var session = store.OpenSession())
        {
            initiativeKeys = (await session.KeysAsync<Initiative>(cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
            organisationKeys = (await session.KeysAsync<Organisation>(cancellationToken)).Keys.ToHashSet(StringComparer.Ordinal);
        }
        var organisations = SyntheticDirectory.Organisations(seed).ToDictionary(o => o.Id);
        int handled = 0, created = 0, skipped = 0, organisationsCreated = 0;

        // Slugs end in "-{seed}x{n}" (see SyntheticDirectory), so they need no SlugAllocator, which would load every
        // initiative's content first.
        foreach (var batch in SyntheticDirectory.Initiatives(count, seed).Chunk(batchSize))
        {
            var now = clock.GetUtcNow();
            var writes = content.OpenBatch(Generator);
            var staged = 0;
            foreach (var initiative in batch)
            {
                var key = SyntheticDirectory.InitiativeKey(seed, ++handled);
                if (initiativeKeys.Contains(key)) { skipped++; continue; }
                if (initiative.OrganisationId is { } organisationId)
                {
                    var organisation = organisations[organisationId];
                    if (organisationKeys.Add(organisation.Key))
                    {
                        Stage(writes, organisation.Id, organisation.Key, organisation.Content, now);
                        organisationsCreated++;
                    }
                }
                Stage(writes, SyntheticDirectory.IdOf(key), key, initiative, now);
                initiativeKeys.Add(key);
                staged++;
            }
            if (staged > 0 && await writes.CommitAsync(cancellationToken) is { Succeeded: false } refused)
                throw new InvalidOperationException($"The synthetic directory broke a rule: {refused.Refused[0].Status} {string.Join("; ", refused.Refused[0].Violations)}");
            created += staged;
            progress?.Invoke(handled);
        }
        return new SyntheticWriteReport(created, skipped, organisationsCreated);
    }

    private static void Stage<T>(ContentBatch batch, Guid id, string key, T item, DateTimeOffset now) where T : class
    {
        var staged = ContentItem<T>.Create(id, key, item, Author, now);
        staged.Publish(now);
        batch.Stage(staged);
    }
}
