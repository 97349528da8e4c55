namespace Cartography.Data.Freshness;

/// <summary>
/// When a published initiative is due a reminder: not verified for <see cref="StaleAfter"/> (or never), and no
/// reminder sent for <see cref="ReminderEvery"/>. The link in a reminder works for <see cref="LinkLifetime"/>.
/// </summary>
public sealed record FreshnessRules
{
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromDays(365);
    public TimeSpan ReminderEvery { get; init; } = TimeSpan.FromDays(30);
    public TimeSpan LinkLifetime { get; init; } = TimeSpan.FromDays(60);
}
