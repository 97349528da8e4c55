namespace Cartography.Data.Import;

/// <summary>
/// Keeps a CSV cell from being read as a formula when the file is opened in a spreadsheet (CSV injection): a cell
/// whose text starts with <c>= + - @</c>, a tab or a carriage return is written with a leading apostrophe, which
/// spreadsheets take as "this is text", and the import takes the apostrophe off again, so a round trip is exact.
/// </summary>
internal static class SpreadsheetCells
{
    private const char Guard = '\'';

    // OWASP's list of characters that open a formula in Excel, LibreOffice or Google Sheets.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The cell as written to the file.</summary>
    public static string Neutralise(string value) => LooksLikeFormula(value) ? Guard + value : value;

    /// <summary>The cell as read from the file: the apostrophe <see cref="Neutralise"/> added, and only that, removed.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == Guard && LooksLikeFormula(value) ? value[1..] : value;

    // Apostrophes already in front are looked past: "'=x" is written "''=x", or the import would read it back as "=x".
    private static bool LooksLikeFormula(string value)
    {
        var text = value.AsSpan().TrimStart(Guard);
        return text.Length > 0 && FormulaStarts.Contains(text[0]);
    }
}
