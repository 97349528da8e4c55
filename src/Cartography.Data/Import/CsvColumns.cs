namespace Cartography.Data.Import;

/// <summary>The initiative CSV format, shared by the import verb, the back office import and the export.</summary>
public static class CsvColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "external_id", "name_fr", "name_nl", "name_en", "description_fr", "description_nl", "description_en",
        "organisation", "sectors", "types", "status", "street", "postal_code", "city", "latitude", "longitude",
        "website", "email", "phone", "languages", "started_year", "published",
    ];

    /// <summary>Separates several taxonomy keys or language codes in one cell.</summary>
    public const char ListSeparator = '|';

    public const int MaxExternalIdLength = 128;
}
