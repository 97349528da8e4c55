using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// A Belgian city or town the generator places initiatives around: its names, real postal codes, its position (the
/// postal place of its first code, from the shipped table), how many initiatives it attracts (relative weight) and how
/// far they spread (standard deviation, km).
/// </summary>
public sealed record SyntheticPlace(LocalizedText Name, IReadOnlyList<string> PostalCodes, GeoPoint Centre, double Weight, double SpreadKm)
{
    /// <summary>The municipality of the place's first postal code, from the shipped table.</summary>
    public Municipality Municipality { get; } =
        (BelgianPlaces.Belgium.Find(PostalCodes[0], Name.In(Culture.Fr)) ?? BelgianPlaces.Belgium.PlacesOf(PostalCodes[0])[0]).Municipality;

    public Region Region => Municipality.Region;

    /// <summary>The name written in addresses: Dutch in Flanders, French in Wallonia, either in Brussels.</summary>
    public string LocalName(bool preferDutchInBrussels) =>
        Region == Region.Flanders || (Region == Region.Brussels && preferDutchInBrussels)
            ? Name.In(Culture.Nl)!
            : Name.In(Culture.Fr)!;

    /// <summary>Approximate distance in kilometres (equirectangular; good to a few metres at Belgian scale).</summary>
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        const double KmPerDegreeLatitude = 110.57;
        var meanLatitude = (a.Latitude + b.Latitude) / 2 * Math.PI / 180;
        var dx = (b.Longitude - a.Longitude) * 111.32 * Math.Cos(meanLatitude);
        var dy = (b.Latitude - a.Latitude) * KmPerDegreeLatitude;
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
