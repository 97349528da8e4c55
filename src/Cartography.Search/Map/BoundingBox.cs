namespace Cartography.Search.Map;

/// <summary>
/// A WGS84 box in degrees, west ≤ east and south ≤ north, within Web Mercator's world.
/// Only <see cref="TryCreate(double, double, double, double, out BoundingBox)"/> makes one, so an inverted box cannot exist.
/// </summary>
public readonly record struct BoundingBox
{
    /// <summary>Web Mercator's square world stops here; a map shows nothing beyond.</summary>
    public const double MaxLatitude = 85.05112878;

    /// <summary>The same generous box as <see cref="Core.Places.GeoPoint.IsInBelgium"/>.</summary>
    public static BoundingBox Belgium { get; } = new(2.5, 49.45, 6.45, 51.55);

    private BoundingBox(double west, double south, double east, double north)
    {
        West = west;
        South = south;
        East = east;
        North = north;
    }

    public double West { get; }
    public double South { get; }
    public double East { get; }
    public double North { get; }

    public static bool TryCreate(double west, double south, double east, double north, out BoundingBox box) =>
        TryCreate(west, south, east, north, out box, out _);

    /// <summary>
    /// Refuses NaN and infinities, latitudes beyond ±90, longitudes beyond ±180 and inverted boxes (no box crosses
    /// the antimeridian here). Latitudes between ±85.0511 and ±90 are accepted and clamped, because Leaflet's
    /// <c>getBounds()</c> reports them for a tall map at low zoom.
    /// </summary>
    public static bool TryCreate(double west, double south, double east, double north, out BoundingBox box, out BoundingBoxProblem problem)
    {
        box = default;
        problem =
            !(double.IsFinite(west) && double.IsFinite(south) && double.IsFinite(east) && double.IsFinite(north)) ? BoundingBoxProblem.NotANumber
            : south is < -90 or > 90 || north is < -90 or > 90 ? BoundingBoxProblem.LatitudeOutOfRange
            : west is < -180 or > 180 || east is < -180 or > 180 ? BoundingBoxProblem.LongitudeOutOfRange
            : west > east ? BoundingBoxProblem.WestIsEastOfEast
            : south > north ? BoundingBoxProblem.SouthIsNorthOfNorth
            : BoundingBoxProblem.None;
        if (problem != BoundingBoxProblem.None) return false;
        box = new BoundingBox(west, Math.Clamp(south, -MaxLatitude, MaxLatitude), east, Math.Clamp(north, -MaxLatitude, MaxLatitude));
        return true;
    }

    /// <summary>Edges included.</summary>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North && longitude >= West && longitude <= East;
}
