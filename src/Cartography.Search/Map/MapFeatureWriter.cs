using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace Cartography.Search.Map;

/// <summary>Turns a request's cells into GeoJSON features: pins, clusters, and pins spread out at high zoom.</summary>
internal sealed class MapFeatureWriter(BoundingBox box, int zoom)
{
    private static readonly GeometryFactory Geometries = new(new PrecisionModel(), 4326);

    // Enough decimals that rounding moves a point by less than a screen pixel at this zoom: 3 up to zoom 10, 6 from 18.
    private readonly int decimals = Math.Clamp((int)Math.Ceiling(-Math.Log10(360 / (256 * Math.Pow(2, zoom)))), 3, 6);

    public FeatureCollection Write(CellTally tally, Func<int, MapPointInfo> describe)
    {
        var expanded = CellsToExpand(tally);
        var features = new FeatureCollection();
        for (var cell = 0; cell < tally.Counts.Length; cell++)
        {
            if (tally.Counts[cell] == 0) continue;
            if (tally.Counts[cell] == 1 || expanded?[cell] == true)
            {
                foreach (var slot in tally.MembersOf(cell)) features.Add(Pin(tally, slot, describe(tally.Points.Ordinals[slot])));
                continue;
            }
            features.Add(Cluster(tally, cell));
        }
        return features;
    }

    /// <summary>
    /// From <see cref="MapGrid.SinglePointsZoom"/> on, cells of at most <see cref="MapGrid.MaxPointsPerExpandedCell"/>
    /// hits become pins, smallest cells first, while the answer stays within <see cref="MapGrid.MaxFeatures"/>.
    /// </summary>
    private static bool[]? CellsToExpand(CellTally tally)
    {
        if (tally.Grid.Zoom < MapGrid.SinglePointsZoom) return null;
        var counts = tally.Counts;
        var budget = MapGrid.MaxFeatures - counts.Count(n => n > 0);
        var expanded = new bool[counts.Length];
        var candidates = Enumerable.Range(0, counts.Length)
            .Where(cell => counts[cell] is > 1 and <= MapGrid.MaxPointsPerExpandedCell)
            .OrderBy(cell => counts[cell]).ThenBy(cell => cell);
        foreach (var cell in candidates)
        {
            if (counts[cell] - 1 > budget) break;
            budget -= counts[cell] - 1;
            expanded[cell] = true;
        }
        return expanded;
    }

    private Feature Pin(CellTally tally, int slot, MapPointInfo info)
    {
        var properties = new AttributesTable { { "id", info.Id }, { "name", info.Name } };
        if (info.Sector is not null) properties.Add("sector", info.Sector);
        if (info.City is not null) properties.Add("city", info.City);
        properties.Add("url", info.Url);
        return new Feature(Point(tally.Points.Longitudes[slot], tally.Points.Latitudes[slot]), properties);
    }

    private Feature Cluster(CellTally tally, int cell)
    {
        var count = tally.Counts[cell];
        var properties = new AttributesTable { { "cluster", true }, { "count", count } };
        if (tally.MostFrequentCity(cell) is { } city) properties.Add("city", city);
        // Rounded outwards, so zooming to it shows every member.
        properties.Add("bbox", new[]
        {
            Math.Max(RoundDown(tally.West[cell]), box.West), Math.Max(RoundDown(tally.South[cell]), box.South),
            Math.Min(RoundUp(tally.East[cell]), box.East), Math.Min(RoundUp(tally.North[cell]), box.North),
        });
        return new Feature(Point(tally.SumLongitude[cell] / count, tally.SumLatitude[cell] / count), properties);
    }

    /// <summary>Clamped after rounding so that no feature lands outside the box asked for.</summary>
    private Point Point(double longitude, double latitude) => Geometries.CreatePoint(new Coordinate(
        Math.Clamp(Math.Round(longitude, decimals), box.West, box.East),
        Math.Clamp(Math.Round(latitude, decimals), box.South, box.North)));

    private double RoundDown(double value) => Math.Floor(value * Math.Pow(10, decimals)) / Math.Pow(10, decimals);

    private double RoundUp(double value) => Math.Ceiling(value * Math.Pow(10, decimals)) / Math.Pow(10, decimals);
}
