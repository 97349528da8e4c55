using Cartography.Core.Places;
using Cartography.Search.Map;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Cartography.Search.Tests.Map;

/// <summary>Point sets for the map tests, drawn with fixed seeds, and a reference computed the slow, obvious way.</summary>
internal static class MapSamples
{
    public static readonly string[] Cities = ["Bruxelles", "Liège", "Gent", "Antwerpen", "Namur", "Charleroi", "Brugge", "Leuven", "Arlon", "Hasselt"];

    /// <summary>100,000 initiatives spread uniformly over Belgium, one in fifty without a location, shared by the tests.</summary>
    public static readonly Lazy<Sample> HundredThousand = new(() => Random(100_000, BoundingBox.Belgium, seed: 100));

    public static Sample Random(int count, BoundingBox area, int seed, double withoutLocation = 0.02)
    {
        var random = new Random(seed);
        var locations = new GeoPoint?[count];
        var cities = new string?[count];
        for (var i = 0; i < count; i++)
        {
            cities[i] = Cities[random.Next(Cities.Length)];
            if (random.NextDouble() < withoutLocation) continue;
            locations[i] = new GeoPoint(
                area.South + random.NextDouble() * (area.North - area.South),
                area.West + random.NextDouble() * (area.East - area.West));
        }
        return new Sample(locations, cities);
    }

    public static BoundingBox Box(double west, double south, double east, double north) =>
        BoundingBox.TryCreate(west, south, east, north, out var box) ? box : throw new ArgumentException("Bad test box.");

    /// <summary>A box about <paramref name="cells"/> grid cells wide and 0.6 as tall in degrees, from a south-west corner.</summary>
    public static BoundingBox CellsWide(double cells, int zoom, double west, double south)
    {
        var width = cells * MapGrid.CellPixels * 360 / (256 * Math.Pow(2, zoom));
        return Box(west, south, west + width, south + width * 0.6);
    }

    public static Guid IdOf(int ordinal) => new(ordinal, 0, 0, new byte[8]);

    public static int OrdinalOf(IFeature pin) => BitConverter.ToInt32(((Guid)pin.Attributes["id"]).ToByteArray());

    public static bool IsCluster(IFeature feature) => feature.Attributes.Exists("cluster");

    public static int CountOf(IFeature feature) => IsCluster(feature) ? (int)feature.Attributes["count"] : 1;

    public static (double Longitude, double Latitude) PositionOf(IFeature feature) =>
        feature.Geometry is Point point ? (point.X, point.Y) : throw new InvalidOperationException("Not a point.");

    public static double[] BboxOf(IFeature cluster) => (double[])cluster.Attributes["bbox"];

    /// <summary>The global grid cell of a position, from the textbook Web Mercator formula.</summary>
    public static (long Column, long Row) CellOf(double longitude, double latitude, int gridZoom)
    {
        var cellsPerSide = 256.0 * Math.Pow(2, gridZoom) / MapGrid.CellPixels;
        var radians = latitude * Math.PI / 180;
        var x = (longitude + 180) / 360;
        var y = (1 - Math.Log(Math.Tan(radians) + 1 / Math.Cos(radians)) / Math.PI) / 2;
        return ((long)Math.Floor(x * cellsPerSide), (long)Math.Floor(y * cellsPerSide));
    }

    /// <summary>The west, south, east and north edges of a global grid cell.</summary>
    public static (double West, double South, double East, double North) EdgesOf(long column, long row, int gridZoom)
    {
        var cellsPerSide = 256.0 * Math.Pow(2, gridZoom) / MapGrid.CellPixels;
        return (column / cellsPerSide * 360 - 180, Latitude(row + 1), (column + 1) / cellsPerSide * 360 - 180, Latitude(row));

        double Latitude(long edge) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * edge / cellsPerSide))) * 180 / Math.PI;
    }
}

/// <summary>Initiatives by ordinal: where they are (or null) and in which city.</summary>
internal sealed class Sample(GeoPoint?[] locations, string?[] cities)
{
    private readonly Lazy<MapPoints> points = new(() => new MapPoints(locations, cities));
    private int describeCalls;

    public GeoPoint?[] Locations => locations;

    public string?[] Cities => cities;

    public MapPoints Points => points.Value;

    public int DescribeCalls => describeCalls;

    public MapPointInfo Describe(int ordinal)
    {
        Interlocked.Increment(ref describeCalls);
        return new MapPointInfo(MapSamples.IdOf(ordinal), $"Initiative {ordinal}", "mental-health", Cities[ordinal], $"/en/initiatives/i-{ordinal}");
    }

    /// <summary>The ordinals a correct clustering must count: located, hit, inside the box (edges included).</summary>
    public List<int> HitsInside(BoundingBox box, HitFilter hits) =>
        Enumerable.Range(0, Locations.Length)
            .Where(o => Locations[o] is { } p && hits.Contains(o) && p.Latitude >= box.South && p.Latitude <= box.North && p.Longitude >= box.West && p.Longitude <= box.East)
            .ToList();

    public MapLayer Cluster(BoundingBox box, int zoom, HitFilter hits = default) => Points.Cluster(box, zoom, hits, Describe);
}
