using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// A Belgian city or town the generator places initiatives around: its names, real postal codes, approximate centre,
/// how many initiatives it attracts (relative weight) and how far they spread (standard deviation, km).
/// </summary>
public sealed record SyntheticPlace(LocalizedText Name, IReadOnlyList<string> PostalCodes, GeoPoint Centre, double Weight, double SpreadKm)
{
    public Region Region { get; } = Cartography.Core.Places.PostalCodes.RegionOf(PostalCodes[0])!;

    /// <summary>The name written in addresses: Dutch in Flanders, French in Wallonia, either in Brussels.</summary>
    public string LocalName(bool preferDutchInBrussels) =>
        Region == Region.Flanders || (Region == Region.Brussels && preferDutchInBrussels)
            ? Name.In(Culture.Nl)!
            : Name.In(Culture.Fr)!;

    /// <summary>German is an official language in the communes of the German-speaking Community (4700–4799).</summary>
    public bool IsGermanSpeaking => PostalCodes[0] is ['4', '7', _, _];

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
