using Cartography.Core.Cultures;

namespace Cartography.Core.Places;

/// <summary>
/// A postal place: one locality under a postal code, in one municipality (1300 holds Wavre and Limal, both in Wavre).
/// Its names are those bpost and BeST publish, usually in the local language only; its position is approximate
/// (the locality, never an address) and missing for a few.
/// </summary>
public sealed record PostalPlace(string PostalCode, Municipality Municipality, string? NameFr, string? NameNl, string? NameDe, GeoPoint? Position)
{
    /// <summary>The name as written in an address there (Dutch in Flanders, French in Wallonia, "fr / nl" in Brussels).</summary>
    public string LocalName => Municipality.InOwnLanguage(NameFr, NameNl, NameDe);

    /// <summary>
    /// True when this locality is the municipality itself rather than one of its villages or districts (Liège in
    /// Liège, not Limal in Wavre): then its name has the municipality's translations.
    /// </summary>
    public bool IsSeat => Names.Any(name => Municipality.Names.Any(other => PlaceNames.Same(name, other)));

    /// <summary>
    /// The name a page in <paramref name="culture"/> shows: the locality's own name in that language where it has one,
    /// else, for the municipality's seat, the municipality's name ("Luik" for 4000 on a Dutch page, "Antwerp" in
    /// English); a village keeps its one name ("Limal").
    /// </summary>
    public string NameIn(Culture culture)
    {
        if (IsSeat && (culture != Culture.En || Municipality.NameEn is not null)) return Municipality.NameIn(culture);
        var own = culture == Culture.Fr ? NameFr : culture == Culture.Nl ? NameNl : null;
        return own ?? LocalName;
    }

    /// <summary>The locality's names and, for the seat, its municipality's (German and English included).</summary>
    public IEnumerable<string> Names => new[] { NameFr, NameNl, NameDe }.OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Where to put a marker when all that is known is the postal place: its position, else the municipality's centre.</summary>
    public GeoPoint Centre => Position ?? Municipality.Centre;

    public override string ToString() => $"{PostalCode} {LocalName}";
}
