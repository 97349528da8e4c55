using Cartography.Core.Places;
using System.Globalization;

namespace Cartography.Web.Features.Backoffice.Content;

/// <summary>
/// Times in the back office are Belgian time, whatever the server's zone: "publish at 09:00" means nine in Brussels,
/// summer or winter. Stored as instants; converted only to show them and to read what an editor typed.
/// </summary>
public static class EditorTime
{
    public static TimeZoneInfo Zone => BelgianTime.Zone;

    /// <summary>For a <c>datetime-local</c> input.</summary>
    public static string? ToInput(DateTimeOffset? at) =>
        at is { } instant ? TimeZoneInfo.ConvertTime(instant, Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : null;

    // Browsers send minutes; Blazor's change event adds the seconds.
    private static readonly string[] InputFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    /// <summary>What a <c>datetime-local</c> input sent, as an instant; null when empty or not a time.</summary>
    public static DateTimeOffset? FromInput(string? text)
    {
        if (!DateTime.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return null;
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    public static string Display(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("g", CultureInfo.CurrentCulture);
}
