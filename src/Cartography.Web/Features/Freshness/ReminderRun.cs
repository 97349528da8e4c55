namespace Cartography.Web.Features.Freshness;

/// <summary>What one pass of the reminder job did on this node: reminders delivered, and those that could not be (withdrawn, tried again next pass).</summary>
public sealed record ReminderRun(int Sent, int Failed)
{
    public static ReminderRun Nothing { get; } = new(0, 0);
}
