namespace Cartography.Data.Editorial;

/// <summary>What one pass of the due-schedule runner did on this node.</summary>
public sealed record ScheduleRun(int Published, int Unpublished)
{
    public static ScheduleRun Nothing { get; } = new(0, 0);

    /// <summary>Whether a due time was found and cleared (true also when the item was already in the state asked for).</summary>
    internal bool Cleared { get; init; }

    public ScheduleRun Add(ScheduleRun other) => new(Published + other.Published, Unpublished + other.Unpublished);
}
