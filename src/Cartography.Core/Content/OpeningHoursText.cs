using System.Text;

namespace Cartography.Core.Content;

/// <summary>
/// Opening hours as one line a person can type, after OpenStreetMap's <c>opening_hours</c>:
/// <c>Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00</c>, days <c>Mo Tu We Th Fr Sa Su</c> (any case), a day list
/// <c>Mo,We</c> or span <c>Mo-Fr</c>, days not named closed; <c>appointment</c> for "by appointment only".
/// The note is not part of it. The same week always gives the same text, so it survives an export and re-import.
/// </summary>
public static class OpeningHoursText
{
    public const string ByAppointment = "appointment";

    private static readonly string[] Codes = ["mo", "tu", "we", "th", "fr", "sa", "su"];

    public static string Code(DayOfWeek day) => char.ToUpperInvariant(Codes[Index(day)][0]) + Codes[Index(day)][1..];

    /// <summary>The week as text; empty when there are no ranges and it is not by appointment.</summary>
    public static string Format(OpeningHours? hours)
    {
        if (hours is null) return "";
        if (hours.ByAppointmentOnly) return ByAppointment;
        var parts = new List<string>();
        var week = OpeningHours.Week;
        for (var i = 0; i < week.Count;)
        {
            var ranges = hours.On(week[i]);
            var last = i;
            while (last + 1 < week.Count && hours.On(week[last + 1]).SequenceEqual(ranges)) last++;
            if (ranges.Count > 0)
            {
                var days = last == i ? Code(week[i]) : last == i + 1 ? $"{Code(week[i])},{Code(week[last])}" : $"{Code(week[i])}-{Code(week[last])}";
                parts.Add($"{days} {string.Join(',', ranges)}");
            }
            i = last + 1;
        }
        return string.Join("; ", parts);
    }

    /// <summary>
    /// Reads the text into <paramref name="hours"/> (notes empty). False, with the part that could not be read in
    /// <paramref name="badPart"/>, for anything else. Whether the ranges make sense (end after start, no overlap) is
    /// for <see cref="InitiativeRules"/>.
    /// </summary>
    public static bool TryParse(string? text, out OpeningHours? hours, out string? badPart)
    {
        hours = null;
        badPart = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (text.Trim().Equals(ByAppointment, StringComparison.OrdinalIgnoreCase))
        {
            hours = new OpeningHours { ByAppointmentOnly = true };
            return true;
        }
        var perDay = OpeningHours.Week.ToDictionary(d => d, _ => new List<TimeRange>());
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var firstDigit = part.IndexOfAny("0123456789".ToCharArray());
            if (firstDigit <= 0 || !TryParseDays(part[..firstDigit], out var days))
            {
                badPart = part;
                return false;
            }
            var ranges = new List<TimeRange>();
            foreach (var rangeText in part[firstDigit..].Split(',', StringSplitOptions.TrimEntries))
            {
                if (!TimeRange.TryParse(rangeText, out var range)) { badPart = part; return false; }
                ranges.Add(range);
            }
            foreach (var day in days) perDay[day].AddRange(ranges);
        }
        var week = new OpeningHours();
        foreach (var (day, ranges) in perDay) week = week.With(day, ranges);
        hours = week;
        return true;
    }

    /// <summary>The ranges of one day as a person types them: "09:00-12:00, 13:30-17:00" (en dashes, "9h30" taken too).</summary>
    public static bool TryParseDay(string? text, out IReadOnlyList<TimeRange> ranges)
    {
        ranges = [];
        if (string.IsNullOrWhiteSpace(text)) return true;
        var list = new List<TimeRange>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TimeRange.TryParse(part, out var range)) return false;
            list.Add(range);
        }
        ranges = list;
        return true;
    }

    /// <summary>The ranges of one day as the forms show them: "09:00–12:00, 13:30–17:00".</summary>
    public static string FormatDay(IEnumerable<TimeRange> ranges) =>
        string.Join(", ", ranges.Select(r => $"{TimeRange.Clock(r.Start)}–{TimeRange.Clock(r.End)}"));

    private static bool TryParseDays(string text, out List<DayOfWeek> days)
    {
        days = [];
        var compact = new StringBuilder();
        foreach (var c in text) if (!char.IsWhiteSpace(c)) compact.Append(char.ToLowerInvariant(c));
        if (compact.Length == 0) return false;
        foreach (var item in compact.ToString().Split(','))
        {
            var ends = item.Split('-');
            if (ends.Length > 2 || ends.Any(e => Array.IndexOf(Codes, e) < 0)) return false;
            var first = Array.IndexOf(Codes, ends[0]);
            var last = Array.IndexOf(Codes, ends[^1]);
            if (last < first) return false;
            for (var i = first; i <= last; i++) days.Add(OpeningHours.Week[i]);
        }
        return true;
    }

    private static int Index(DayOfWeek day) => ((int)day + 6) % 7;
}
