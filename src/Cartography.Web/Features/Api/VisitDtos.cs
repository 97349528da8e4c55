using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Api;

/// <summary>
/// Opening hours in the API: ranges per weekday (<c>"monday": ["09:00-12:30"]</c>, every day present, empty when
/// closed), or by appointment only; the note in the culture asked for (<c>noteCulture</c> says when it fell back);
/// <c>openNow</c> is <c>open</c>, <c>closed</c> or <c>unknown</c> at the time of the answer, on the Belgian clock.
/// </summary>
public sealed record HoursDto(
    bool ByAppointmentOnly, IReadOnlyDictionary<string, IReadOnlyList<string>> Days, string? Note, string? NoteCulture, string OpenNow)
{
    public static HoursDto? From(OpeningHours? hours, Culture culture, DateTimeOffset now)
    {
        if (hours is null || hours.IsEmpty) return null;
        var note = NoteOf(hours.Note, culture);
        return new(hours.ByAppointmentOnly,
            OpeningHours.Week.ToDictionary(d => d.ToString().ToLowerInvariant(), d => (IReadOnlyList<string>)hours.On(d).Select(r => r.ToString()).ToList()),
            note.Text, note.Culture, OpeningStatus.At(hours, now).State.ToString().ToLowerInvariant());
    }

    internal static (string? Text, string? Culture) NoteOf(LocalizedText note, Culture culture)
    {
        if (note.IsEmpty) return (null, null);
        var value = note.For(culture);
        return (value.Text, value.Culture.Code);
    }
}

/// <summary>Whether taking part is free (null: not said), and the note in the culture asked for.</summary>
public sealed record CostDto(bool? Free, string? Note, string? NoteCulture)
{
    public static CostDto? From(Cost? cost, Culture culture)
    {
        if (cost is null || cost.IsEmpty) return null;
        var note = HoursDto.NoteOf(cost.Note, culture);
        return new(cost.Free, note.Text, note.Culture);
    }
}

/// <summary>Each feature true, false or null when not known, and the note in the culture asked for.</summary>
public sealed record AccessibilityDto(bool? StepFree, bool? AccessibleToilet, bool? InductionLoop, string? Note, string? NoteCulture)
{
    public static AccessibilityDto? From(Accessibility? accessibility, Culture culture)
    {
        if (accessibility is null || accessibility.IsEmpty) return null;
        var note = HoursDto.NoteOf(accessibility.Note, culture);
        return new(accessibility.StepFree, accessibility.AccessibleToilet, accessibility.InductionLoop, note.Text, note.Culture);
    }
}
