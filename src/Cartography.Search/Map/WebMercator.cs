namespace Cartography.Search.Map;

/// <summary>WGS84 degrees to Web Mercator world coordinates in [0, 1], origin at the north-west corner as on screen.</summary>
internal static class WebMercator
{
    public static double X(double longitude) => (longitude + 180) / 360;

    public static double Y(double latitude)
    {
        var sin = Math.Sin(Math.Clamp(latitude, -BoundingBox.MaxLatitude, BoundingBox.MaxLatitude) * Math.PI / 180);
        return Math.Clamp(0.5 - Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI), 0, 1);
    }
}
