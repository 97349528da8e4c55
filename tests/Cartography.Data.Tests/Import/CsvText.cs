using System.Globalization;
using System.Text;
using Cartography.Data.Import;
using CsvHelper;

namespace Cartography.Data.Tests.Import;

/// <summary>Builds import files: the header, a good row, and that row with one cell changed.</summary>
internal static class CsvText
{
    public static readonly string Header = string.Join(",", CsvColumns.All);

    public const string Good =
        "ext-1,Pairs à Namur,Ervaringswerkers in Namen,,\"Accompagnement, \"\"pair\"\" et groupes\",,,Le Relais,addiction|mental-health,groups,volunteer," +
        "Rue de Fer 1,5000,Namur,50.4669,4.8675,https://relais.example.org,contact@relais.example.org,+32 81 00 00 00,fr|nl,2021,true";

    public static string With(this string row, string column, string value)
    {
        var parser = new CsvParser(new StringReader(row), CultureInfo.InvariantCulture);
        parser.Read();
        var values = parser.Record!;
        values[CsvColumns.All.ToList().IndexOf(column)] = value;
        return string.Join(",", values.Select(v => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v));
    }

    public static string File(params string[] rows) => string.Join("\n", [Header, .. rows]);

    public static MemoryStream Stream(params string[] rows) => new(Encoding.UTF8.GetBytes(File(rows)));
}
