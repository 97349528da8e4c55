namespace Cartography.Data.Editorial;

/// <summary>Who acts: a user name from the back office's sign-in, or "scheduler". Required, since the audit trail names them.</summary>
internal static class Actors
{
    public static void Check(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(actor.Length, 256, nameof(actor));
    }
}
