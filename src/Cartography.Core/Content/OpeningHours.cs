using System.Text.Json.Serialization;
using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>
/// When an initiative receives people: time ranges per weekday (Monday first, as on a Belgian calendar), or only by
/// appointment, with a note per culture ("closed in August"). A day without ranges is closed.
/// </summary>
public sealed record OpeningHours
{
    public IReadOnlyList<TimeRange> Monday { get; init; } = [];
    public IReadOnlyList<TimeRange> Tuesday { get; init; } = [];
    public IReadOnlyList<TimeRange> Wednesday { get; init; } = [];
    public IReadOnlyList<TimeRange> Thursday { get; init; } = [];
    public IReadOnlyList<TimeRange> Friday { get; init; } = [];
    public IReadOnlyList<TimeRange> Saturday { get; init; } = [];
    public IReadOnlyList<TimeRange> Sunday { get; init; } = [];
    public bool ByAppointmentOnly { get; init; }
    public LocalizedText Note { get; init; } = LocalizedText.Empty;

    /// <summary>Monday to Sunday.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public IReadOnlyList<TimeRange> On(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        _ => Sunday,
    };

    /// <summary>A copy with <paramref name="ranges"/> on <paramref name="day"/>, in order of their start.</summary>
    public OpeningHours With(DayOfWeek day, IEnumerable<TimeRange> ranges)
    {
        IReadOnlyList<TimeRange> sorted = [.. ranges.OrderBy(r => r.Start).ThenBy(r => r.End)];
        return day switch
        {
            DayOfWeek.Monday => this with { Monday = sorted },
            DayOfWeek.Tuesday => this with { Tuesday = sorted },
            DayOfWeek.Wednesday => this with { Wednesday = sorted },
            DayOfWeek.Thursday => this with { Thursday = sorted },
            DayOfWeek.Friday => this with { Friday = sorted },
            DayOfWeek.Saturday => this with { Saturday = sorted },
            _ => this with { Sunday = sorted },
        };
    }

    /// <summary>Whether any day has a range.</summary>
    [JsonIgnore]
    public bool HasRanges => Week.Any(d => On(d).Count > 0);

    /// <summary>Nothing said: no range, not by appointment, no note.</summary>
    [JsonIgnore]
    public bool IsEmpty => !HasRanges && !ByAppointmentOnly && Note.IsEmpty;
}
