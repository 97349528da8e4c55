using Cartography.Core.Places;

namespace Cartography.Core.Content;

/// <summary>
/// Open or closed at a Belgian local time, and when that changes: while open, the day and minute it closes; while
/// closed, the next opening within a week (none when the week has no range). A minute of 1440 is the end of that day.
/// </summary>
public sealed record OpeningStatus(OpeningState State, DayOfWeek? ChangeDay = null, int? ChangeMinute = null)
{
    public static OpeningStatus Unknown { get; } = new(OpeningState.Unknown);

    /// <summary>The status at the instant, read on the Belgian clock.</summary>
    public static OpeningStatus At(OpeningHours? hours, DateTimeOffset instant) => At(hours, BelgianTime.LocalOf(instant));

    /// <summary>The status at a local time in Belgium (<see cref="BelgianTime.LocalOf"/>).</summary>
    public static OpeningStatus At(OpeningHours? hours, DateTime belgianLocal)
    {
        if (hours is null || hours.ByAppointmentOnly || !hours.HasRanges) return Unknown;
        var day = belgianLocal.DayOfWeek;
        var minute = belgianLocal.Hour * 60 + belgianLocal.Minute;

        if (hours.On(day).FirstOrDefault(r => r.Contains(minute)) is { End: > 0 } current)
        {
            // A range that runs to 24:00 and one that starts at 00:00 the next day are one opening through the night.
            var (closeDay, close) = (day, current.End);
            for (var step = 0; step < 7 && close == TimeRange.EndOfDay; step++)
            {
                var next = Next(closeDay);
                if (hours.On(next).FirstOrDefault(r => r.Start == 0) is not { End: > 0 } carried) break;
                (closeDay, close) = (next, carried.End);
            }
            // Open round the clock all week: it never closes.
            if (close == TimeRange.EndOfDay && hours.On(Next(closeDay)).Any(r => r.Start == 0 && r.End > 0)) return new OpeningStatus(OpeningState.Open);
            return new OpeningStatus(OpeningState.Open, closeDay, close);
        }

        var scanDay = day;
        for (var offset = 0; offset <= 7; offset++)
        {
            var opening = hours.On(scanDay).Where(r => offset > 0 || r.Start > minute).OrderBy(r => r.Start).FirstOrDefault(r => r.End > r.Start);
            if (opening != default) return new OpeningStatus(OpeningState.Closed, scanDay, opening.Start);
            scanDay = Next(scanDay);
        }
        return new OpeningStatus(OpeningState.Closed);
    }

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);
}
