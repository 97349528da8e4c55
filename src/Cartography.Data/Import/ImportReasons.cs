using System.Collections.Frozen;
using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Taxonomy;

namespace Cartography.Data.Import;

/// <summary>
/// Why the importer rejects a row, besides <see cref="InitiativeRules"/>: each reason is a <see cref="RuleViolation"/>
/// naming the CSV column (empty for the row as a whole), a code the back office localizes, the English message the
/// <c>import</c> verb prints, and the offending values as arguments of the localized message.
/// </summary>
public static class ImportReasons
{
    public const string NotANumber = "Import_NotANumber";
    public const string CoordinatesOutOfRange = "Import_CoordinatesOutOfRange";
    public const string CoordinatesGoTogether = "Import_CoordinatesGoTogether";
    public const string NotAYear = "Import_NotAYear";
    public const string NotTrueOrFalse = "Import_NotTrueOrFalse";
    public const string ExternalIdRequired = "Import_ExternalIdRequired";
    public const string ExternalIdTooLong = "Import_ExternalIdTooLong";
    public const string RetiredTerm = "Import_RetiredTerm";
    public const string MalformedQuoting = "Import_MalformedQuoting";
    public const string FieldCount = "Import_FieldCount";
    public const string RepeatedExternalId = "Import_RepeatedExternalId";
    public const string ChangedSincePreview = "Import_ChangedSincePreview";
    public const string NotWritten = "Import_NotWritten";
    public const string HoursInvalid = "Import_HoursInvalid";

    public static IReadOnlyList<string> Codes { get; } =
    [
        NotANumber, CoordinatesOutOfRange, CoordinatesGoTogether, NotAYear, NotTrueOrFalse, ExternalIdRequired,
        ExternalIdTooLong, RetiredTerm, MalformedQuoting, FieldCount, RepeatedExternalId, ChangedSincePreview, NotWritten,
        HoursInvalid,
    ];

    // These English messages are sentences that name their column themselves, so the verb prints them without "column: ".
    private static readonly FrozenSet<string> Sentences = Codes.Except([NotANumber, NotAYear, NotTrueOrFalse]).ToFrozenSet();

    /// <summary>The reason as the <c>import</c> verb prints it.</summary>
    public static string Describe(RuleViolation violation) =>
        Sentences.Contains(violation.Code) ? violation.Message : violation.ToString();

    internal static RuleViolation NotANumberIn(string column, string text) =>
        new(column, NotANumber, $"'{text}' is not a number (use a dot for decimals)", text);

    internal static RuleViolation CoordinateOutOfRange(string column) =>
        new(column, CoordinatesOutOfRange, "latitude must lie between -90 and 90 and longitude between -180 and 180");

    internal static RuleViolation CoordinateMissing(string column) =>
        new(column, CoordinatesGoTogether, "latitude and longitude go together: give both or neither");

    internal static RuleViolation NotAYearIn(string column, string text) =>
        new(column, NotAYear, $"'{text}' is not a year", text);

    internal static RuleViolation NotTrueOrFalseIn(string column, string text) =>
        new(column, NotTrueOrFalse, $"'{text}' must be true or false", text);

    internal static RuleViolation HoursUnreadable(string part) =>
        new("hours", HoursInvalid, $"'{part}' is not opening hours: write days and times as \"Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00\" (times 00:00 to 24:00), or \"appointment\"", part);

    internal static RuleViolation ExternalIdMissing() =>
        new("external_id", ExternalIdRequired, "external_id is required");

    internal static RuleViolation ExternalIdLongerThan(int maxLength) =>
        new("external_id", ExternalIdTooLong, $"external_id is longer than {maxLength} characters", maxLength.ToString(CultureInfo.InvariantCulture));

    internal static RuleViolation Retired(string column, Vocabulary vocabulary, string key) =>
        new(column, RetiredTerm, $"'{key}' is a retired {vocabulary.Key}: records that have it keep it, but it cannot be newly chosen", key);

    internal static RuleViolation MalformedRow() =>
        new("", MalformedQuoting, "malformed quoting (a field with a comma, quote or line break must be in double quotes, with inner quotes doubled)");

    internal static RuleViolation WrongFieldCount(int fields, int headerFields) =>
        new("", FieldCount, $"the row has {fields} fields, the header {headerFields}",
            fields.ToString(CultureInfo.InvariantCulture), headerFields.ToString(CultureInfo.InvariantCulture));

    internal static RuleViolation ExternalIdRepeated() =>
        new("external_id", RepeatedExternalId, "the same external_id appears on an earlier line of this file");

    internal static RuleViolation ChangedSince(string message) => new("", ChangedSincePreview, message);

    internal static RuleViolation NotWrittenBecause(string status) =>
        new("", NotWritten, $"the row was not written ({status}): the importer may not write content, or the item changed meanwhile", status);
}
