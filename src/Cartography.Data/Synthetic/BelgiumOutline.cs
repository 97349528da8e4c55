using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// Belgium's land border as a coarse polygon (about 60 points, drawn a little inside the real border): good enough to
/// keep synthetic points out of the North Sea, France, Luxembourg, Germany and the Netherlands, no more.
/// </summary>
public static class BelgiumOutline
{
    // (longitude, latitude), clockwise from De Panne: the coast, the Dutch, German, Luxembourg and French borders.
    private static readonly (double Lon, double Lat)[] Border =
    [
        (2.545, 51.090), (2.720, 51.160), (2.920, 51.240), (3.130, 51.320), (3.300, 51.360), (3.370, 51.370),
        (3.380, 51.290), (3.520, 51.240), (3.800, 51.210), (3.980, 51.210), (4.240, 51.350), (4.380, 51.440),
        (4.530, 51.480), (4.670, 51.430), (4.770, 51.500), (4.930, 51.400), (5.040, 51.470), (5.100, 51.430),
        (5.240, 51.310), (5.550, 51.270), (5.840, 51.160), (5.760, 50.960), (5.640, 50.850), (5.700, 50.760),
        (6.020, 50.760), (6.150, 50.680), (6.180, 50.580), (6.270, 50.500), (6.400, 50.330), (6.140, 50.130),
        (6.030, 50.170), (5.800, 49.960), (5.740, 49.830), (5.890, 49.700), (5.820, 49.545), (5.470, 49.497),
        (5.300, 49.650), (5.070, 49.760), (4.860, 49.790), (4.880, 50.150), (4.800, 50.160), (4.680, 50.000),
        (4.450, 49.940), (4.170, 49.970), (4.140, 50.130), (4.220, 50.260), (4.100, 50.310), (3.930, 50.340),
        (3.680, 50.400), (3.600, 50.480), (3.450, 50.530), (3.280, 50.540), (3.240, 50.710), (3.200, 50.720),
        (3.050, 50.770), (2.900, 50.700), (2.700, 50.800), (2.600, 50.850), (2.620, 50.950),
    ];

    public static double South { get; } = Border.Min(p => p.Lat);
    public static double North { get; } = Border.Max(p => p.Lat);
    public static double West { get; } = Border.Min(p => p.Lon);
    public static double East { get; } = Border.Max(p => p.Lon);

    /// <summary>True when the point lies inside the outline (ray casting).</summary>
    public static bool Contains(GeoPoint point)
    {
        var (x, y) = (point.Longitude, point.Latitude);
        if (y < South || y > North || x < West || x > East) return false;
        var inside = false;
        for (int i = 0, j = Border.Length - 1; i < Border.Length; j = i++)
        {
            var (xi, yi) = Border[i];
            var (xj, yj) = Border[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
        }
        return inside;
    }
}
