namespace Cartography.Data.Import;

/// <summary>The initiative CSV format, shared by the import verb, the back office import and the export.</summary>
public static class CsvColumns
{
    /// <summary>The columns every file has, in this order when the export writes them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "external_id", "name_fr", "name_nl", "name_en", "description_fr", "description_nl", "description_en",
        "organisation", "sectors", "types", "status", "street", "postal_code", "city", "latitude", "longitude",
        "website", "email", "phone", "languages", "started_year", "published",
    ];

    /// <summary>
    /// The practical information, after <see cref="All"/>: optional, so that files written before these columns still
    /// import; a file without them leaves those fields as they are. <c>hours</c> is <see cref="Core.Content.OpeningHoursText"/>.
    /// </summary>
    public static IReadOnlyList<string> Visit { get; } =
    [
        "hours", "hours_note_fr", "hours_note_nl", "hours_note_en", "contact_modes",
        "free", "cost_note_fr", "cost_note_nl", "cost_note_en",
        "step_free", "accessible_toilet", "induction_loop", "accessibility_note_fr", "accessibility_note_nl", "accessibility_note_en",
    ];

    /// <summary>
    /// Written by the export for whoever reads the file, last; ignored by the import, which finds it again from
    /// <c>postal_code</c> and <c>city</c>: <c>municipality</c> is the NIS code of the municipality they name (empty when none).
    /// </summary>
    public static IReadOnlyList<string> Derived { get; } = ["municipality"];

    /// <summary>What the export writes: every column.</summary>
    public static IReadOnlyList<string> Exported { get; } = [.. All, .. Visit, .. Derived];

    /// <summary>Separates several taxonomy keys or language codes in one cell.</summary>
    public const char ListSeparator = '|';

    public const int MaxExternalIdLength = 128;
}
