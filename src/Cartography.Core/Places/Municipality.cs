using Cartography.Core.Cultures;

namespace Cartography.Core.Places;

/// <summary>
/// A Belgian municipality after the 2025 mergers, keyed by its five-digit NIS code, with its official names (French,
/// Dutch, German where BeST gives them; English only for the three with an English exonym) and an approximate centre.
/// </summary>
public sealed record Municipality(
    string NisCode, Province Province, string? NameFr, string? NameNl, string? NameDe, string? NameEn, GeoPoint Centre, bool IsGermanSpeaking)
{
    public Region Region => Province.Region;

    /// <summary>
    /// The name in the municipality's own language(s): Dutch in Flanders, French in Wallonia, German in the
    /// German-speaking Community, "French / Dutch" in Brussels when the two differ ("Ixelles / Elsene").
    /// </summary>
    public string OwnName => InOwnLanguage(NameFr, NameNl, NameDe);

    /// <summary>Of a name given per language, the one (or, in Brussels, the two) this municipality's own language uses.</summary>
    internal string InOwnLanguage(string? fr, string? nl, string? de) =>
        Region == Region.Brussels ? Both(fr, nl)
        : IsGermanSpeaking ? de ?? fr ?? nl!
        : Region == Region.Flanders ? nl ?? fr!
        : fr ?? nl!;

    /// <summary>The name a page in <paramref name="culture"/> shows: "Luik" in Dutch, "Liège" in French, "Brussels" in English.</summary>
    public string NameIn(Culture culture) =>
        (culture == Culture.Fr ? NameFr : culture == Culture.Nl ? NameNl : NameEn) ?? OwnName;

    /// <summary>Every distinct name, German included, for search and for matching what people write.</summary>
    public IEnumerable<string> Names => new[] { NameFr, NameNl, NameDe, NameEn }.OfType<string>().Distinct(StringComparer.Ordinal);

    internal static string Both(string? first, string? second) =>
        first is null ? second! : second is null || PlaceNames.Same(first, second) ? first : $"{first} / {second}";

    public override string ToString() => $"{NisCode} {OwnName}";
}
