using System.Globalization;
using System.Text.Json.Serialization;

namespace Cartography.Core.Content;

/// <summary>
/// A time range within one day, in minutes from midnight: 0 (00:00) to 1440 (24:00, the end of the day). A range
/// never crosses midnight: a night service is 20:00–24:00 one day and 00:00–08:00 the next. Written "09:00-12:30".
/// </summary>
[JsonConverter(typeof(TimeRangeJsonConverter))]
public readonly record struct TimeRange(int Start, int End)
{
    public const int EndOfDay = 24 * 60;

    public bool Contains(int minute) => minute >= Start && minute < End;

    /// <summary>"09:00-12:30", the form the CSV, the seed files and the storage use.</summary>
    public override string ToString() => $"{Clock(Start)}-{Clock(End)}";

    /// <summary>A minute of the day as "09:05"; 1440 as "24:00".</summary>
    public static string Clock(int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    /// <summary>
    /// A time of day as people type it: "9:00", "09:00", "9h", "9h30", "09.30", "24:00". False for "25:00", "12:60", "noon".
    /// </summary>
    public static bool TryParseClock(string? text, out int minute)
    {
        minute = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        var separator = t.IndexOfAny([':', 'h', '.']);
        string hours, minutes;
        if (separator < 0) { hours = t; minutes = "00"; }
        else
        {
            hours = t[..separator];
            minutes = t[(separator + 1)..];
            if (minutes.Length == 0 && t[separator] == 'h') minutes = "00";
        }
        if (hours.Length is < 1 or > 2 || minutes.Length != 2 || !hours.All(char.IsAsciiDigit) || !minutes.All(char.IsAsciiDigit)) return false;
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        if (m > 59 || h > 24 || (h == 24 && m > 0)) return false;
        minute = h * 60 + m;
        return true;
    }

    /// <summary>"09:00-12:30" (also with an en dash or spaces). The order of start and end is checked by the rules, not here.</summary>
    public static bool TryParse(string? text, out TimeRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Replace('–', '-').Replace('—', '-').Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryParseClock(parts[0], out var start) || !TryParseClock(parts[1], out var end)) return false;
        range = new TimeRange(start, end);
        return true;
    }
}
