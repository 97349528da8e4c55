namespace Cartography.Data.Editorial;

/// <summary>Stored UTC instants as the offsets the API speaks.</summary>
internal static class Instants
{
    public static DateTimeOffset From(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static DateTimeOffset? From(DateTime? utc) => utc is { } value ? From(value) : null;
}
