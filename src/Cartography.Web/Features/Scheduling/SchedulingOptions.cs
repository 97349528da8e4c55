using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Scheduling;

/// <summary><c>Cartography:Scheduling</c>: how often each node looks for items due to be published or unpublished.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Cartography:Scheduling";

    /// <summary>A publish time is met within this much; every node runs the check, and each due item is acted on once.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Cartography:Scheduling:Interval must be between 1 second and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
