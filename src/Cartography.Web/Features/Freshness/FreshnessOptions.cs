using System.ComponentModel.DataAnnotations;
using Cartography.Data.Freshness;

namespace Cartography.Web.Features.Freshness;

/// <summary><c>Cartography:Freshness</c>: when published initiatives are due a reminder to confirm or update them, and how often the nodes look.</summary>
public sealed class FreshnessOptions
{
    public const string Section = "Cartography:Freshness";

    /// <summary>Every node runs the pass; each initiative gets one reminder however many run it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Cartography:Freshness:Interval must be between 1 second and 7 days.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The first pass after start-up, so that nodes restarted more often than <see cref="Interval"/> still run it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Cartography:Freshness:FirstRunAfter must be between 0 and 7 days.")]
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Cartography:Freshness:StaleAfter must be between 1 and 3650 days.")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromDays(365);

    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00", ErrorMessage = "Cartography:Freshness:ReminderEvery must be between 1 and 365 days.")]
    public TimeSpan ReminderEvery { get; set; } = TimeSpan.FromDays(30);

    [Range(typeof(TimeSpan), "1.00:00:00", "365.00:00:00", ErrorMessage = "Cartography:Freshness:LinkLifetime must be between 1 and 365 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(60);

    /// <summary>How many initiatives' published versions are read at a time.</summary>
    [Range(1, 10_000, ErrorMessage = "Cartography:Freshness:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 200;

    public FreshnessRules Rules => new() { StaleAfter = StaleAfter, ReminderEvery = ReminderEvery, LinkLifetime = LinkLifetime };
}
