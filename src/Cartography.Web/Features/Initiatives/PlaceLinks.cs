using System.Globalization;
using Cartography.Core.Places;

namespace Cartography.Web.Features.Initiatives;

/// <summary>Ways out to a map: OpenStreetMap's directions and map, and the <c>geo:</c> address a phone opens in its map app.</summary>
public static class PlaceLinks
{
    /// <summary>Coordinates as a map needs them: invariant, a dot for decimals, at most six places (about 10 cm).</summary>
    public static string Coordinate(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Directions(GeoPoint point) =>
        $"https://www.openstreetmap.org/directions?to={Coordinate(point.Latitude)}%2C{Coordinate(point.Longitude)}";

    public static string OpenStreetMap(GeoPoint point)
    {
        var (lat, lon) = (Coordinate(point.Latitude), Coordinate(point.Longitude));
        return $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}";
    }

    /// <summary>RFC 5870, with the label Android's map apps show: <c>geo:LAT,LON?q=LAT,LON(Name)</c>.</summary>
    public static string Geo(GeoPoint point, string name)
    {
        var (lat, lon) = (Coordinate(point.Latitude), Coordinate(point.Longitude));
        return $"geo:{lat},{lon}?q={lat},{lon}({Uri.EscapeDataString(name)})";
    }

    /// <summary>For an initiative without a position: OpenStreetMap's search for its address.</summary>
    public static string Search(Address address) =>
        "https://www.openstreetmap.org/search?query=" +
        Uri.EscapeDataString(string.Join(", ", new[] { address.Street, $"{address.PostalCode} {address.City}".Trim(), "Belgique" }.Where(p => !string.IsNullOrWhiteSpace(p))));
}
