using System.Globalization;

namespace Cartography.Core.Content;

/// <summary>What makes the practical information of an initiative (hours, contact modes, cost, accessibility) fit to publish.</summary>
public static class VisitRules
{
    public const int MaxRangesPerDay = 4;
    public const int MaxNoteLength = 500;

    public static IEnumerable<RuleViolation> Validate(Initiative initiative)
    {
        if (initiative.Hours is { } hours)
        {
            foreach (var day in OpeningHours.Week)
            {
                var field = $"hours_{day.ToString().ToLowerInvariant()}";
                var ranges = hours.On(day);
                if (ranges.Count > MaxRangesPerDay)
                    yield return new(field, "Rule_Hours_TooManyRanges", $"at most {MaxRangesPerDay} time ranges a day", MaxRangesPerDay.ToString(CultureInfo.InvariantCulture));
                foreach (var range in ranges.Where(r => r.Start is < 0 or > TimeRange.EndOfDay || r.End is < 0 or > TimeRange.EndOfDay))
                    yield return new(field, "Rule_Hours_TimeOutOfRange", $"'{range}': times lie between 00:00 and 24:00", range.ToString());
                foreach (var range in ranges.Where(r => r.End <= r.Start))
                    yield return new(field, "Rule_Hours_EndBeforeStart", $"'{range}' ends before it starts (a range past midnight is split at 24:00)",
                        TimeRange.Clock(Math.Clamp(range.Start, 0, TimeRange.EndOfDay)), TimeRange.Clock(Math.Clamp(range.End, 0, TimeRange.EndOfDay)));
                var ordered = ranges.OrderBy(r => r.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                    if (ordered[i].Start < ordered[i - 1].End)
                    {
                        yield return new(field, "Rule_Hours_Overlap", $"'{ordered[i - 1]}' and '{ordered[i]}' overlap", ordered[i - 1].ToString(), ordered[i].ToString());
                        break;
                    }
            }
            if (hours.ByAppointmentOnly && hours.HasRanges)
                yield return new("hours", "Rule_Hours_AppointmentWithRanges", "hours by appointment only have no time ranges");
            foreach (var violation in Note("hours_note", hours.Note)) yield return violation;
        }
        foreach (var mode in initiative.ContactModes.Where(m => !ContactModes.IsKnown(m)))
            yield return new("contact_modes", "Rule_ContactMode_Unknown", $"'{mode}' is not a way of getting in touch ({string.Join(", ", ContactModes.All)})", mode);
        if (initiative.Cost is { } cost)
            foreach (var violation in Note("cost_note", cost.Note)) yield return violation;
        if (initiative.Accessibility is { } accessibility)
            foreach (var violation in Note("accessibility_note", accessibility.Note)) yield return violation;
    }

    private static IEnumerable<RuleViolation> Note(string field, Cultures.LocalizedText note) =>
        note.Values.Where(p => p.Value.Length > MaxNoteLength).Select(p => new RuleViolation(
            $"{field}_{p.Key}", "Rule_Note_TooLong", $"the {p.Key} note is longer than {MaxNoteLength} characters",
            MaxNoteLength.ToString(CultureInfo.InvariantCulture)));
}
