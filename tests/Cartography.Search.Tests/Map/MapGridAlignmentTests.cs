using System.Text.Json;
using Cartography.Search.Map;
using NetTopologySuite.Features;
using static Cartography.Search.Tests.Map.MapSamples;

namespace Cartography.Search.Tests.Map;

/// <summary>The grid is global: panning the map does not move, split or merge the clusters that stay on screen.</summary>
public class MapGridAlignmentTests
{
    private static readonly Sample Points = MapSamples.Random(20_000, BoundingBox.Belgium, seed: 11);

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    [InlineData(12)]
    public void Two_overlapping_boxes_give_the_same_feature_for_a_cell_inside_both(int zoom)
    {
        var first = CellsWide(40, zoom, 4.0, 50.5);
        var span = first.East - first.West;
        var panned = CellsWide(40, zoom, 4.0 + span * 0.37, 50.5 + span * 0.21);
        var overlap = Box(panned.West, panned.South, first.East, first.North);

        var before = FeaturesByCellInside(Points.Cluster(first, zoom), overlap);
        var after = FeaturesByCellInside(Points.Cluster(panned, zoom), overlap);

        Assert.True(before.Count > 20, $"only {before.Count} cells to compare");
        Assert.Equal(before, after);
    }

    /// <summary>Each feature as JSON, by the grid cell it lies in, for cells whose neighbours too are all inside the area.</summary>
    private static SortedDictionary<(long, long), string> FeaturesByCellInside(MapLayer layer, BoundingBox area)
    {
        var features = new SortedDictionary<(long, long), string>();
        foreach (var feature in layer.Features)
        {
            var (longitude, latitude) = PositionOf(feature);
            var (column, row) = CellOf(longitude, latitude, layer.GridZoom);
            var (west, _, _, north) = EdgesOf(column - 1, row - 1, layer.GridZoom);
            var (_, south, east, _) = EdgesOf(column + 1, row + 1, layer.GridZoom);
            if (area.Contains(north, west) && area.Contains(south, east))
                features[(column, row)] = JsonSerializer.Serialize<IFeature>(feature, MapLayer.JsonOptions);
        }
        return features;
    }
}
