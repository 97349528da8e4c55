namespace Cartography.Core.Places;

/// <summary>
/// The calendar the directory speaks in: Belgian time (Europe/Brussels). Instants are stored in UTC; a date a person
/// reads ("last verified on", a link's last day) is the Belgian date, which just after midnight is not the UTC one.
/// </summary>
public static class BelgianTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The Belgian date at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(LocalOf(instant));

    public static DateOnly DateOf(DateTime utc) => DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>The time a Belgian clock shows at <paramref name="instant"/> (summer time included).</summary>
    public static DateTime LocalOf(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}
