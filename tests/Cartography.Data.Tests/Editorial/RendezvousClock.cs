namespace Cartography.Data.Tests.Editorial;

/// <summary>
/// A fixed clock at which the first <paramref name="parties"/> callers wait for one another: operations that read the
/// time after reading the database and before writing to it are made to race, each having read before any writes.
/// Where the database lets only one writer in at a time (SQLite), the wait gives up after a second and they run in turn.
/// </summary>
public sealed class RendezvousClock(DateTimeOffset now, int parties) : TimeProvider
{
    private readonly Barrier barrier = new(parties);
    private int arrivals;

    public override DateTimeOffset GetUtcNow()
    {
        if (Interlocked.Increment(ref arrivals) <= barrier.ParticipantCount) barrier.SignalAndWait(TimeSpan.FromSeconds(1));
        return now;
    }
}
