using Cartography.Core.Places;

namespace Cartography.Search.Searching;

public static class Distances
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance (haversine): plenty accurate at the scale of a country.</summary>
    public static double Kilometres(GeoPoint from, GeoPoint to)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(to.Latitude - from.Latitude);
        var dLon = Radians(to.Longitude - from.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) +
                Math.Cos(Radians(from.Latitude)) * Math.Cos(Radians(to.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
