namespace Cartography.Data.Freshness;

/// <summary>The reminders one batch recorded; <see cref="Next"/> continues the pass after it, null when the pass is done.</summary>
public sealed record ReminderBatch(IReadOnlyList<IssuedReminder> Issued, Guid? Next);
