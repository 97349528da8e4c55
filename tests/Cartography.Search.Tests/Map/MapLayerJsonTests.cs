using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cartography.Core.Places;
using Cartography.Search.Map;
using static Cartography.Search.Tests.Map.MapSamples;

namespace Cartography.Search.Tests.Map;

/// <summary>What Leaflet receives: GeoJSON whose size depends on the cells on screen, not on the number of hits.</summary>
public partial class MapLayerJsonTests
{
    [Fact]
    public void The_layer_is_written_as_a_geojson_feature_collection_of_points_with_longitude_first()
    {
        var sample = new Sample(
            [new GeoPoint(50.84, 4.34), new GeoPoint(50.86, 4.36), new GeoPoint(51.05, 3.72)],
            ["Bruxelles", "Bruxelles", "Gent"]);

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(sample.Cluster(BoundingBox.Belgium, 8).Features, MapLayer.JsonOptions));

        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(2, features.Count);
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Object, feature.GetProperty("properties").ValueKind);
        }
        var cluster = features.Single(f => f.GetProperty("properties").TryGetProperty("cluster", out _));
        Assert.Equal([4.35, 50.85], cluster.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var clusterProperties = cluster.GetProperty("properties");
        Assert.True(clusterProperties.GetProperty("cluster").GetBoolean());
        Assert.Equal(2, clusterProperties.GetProperty("count").GetInt32());
        Assert.Equal("Bruxelles", clusterProperties.GetProperty("city").GetString());
        Assert.Equal([4.34, 50.84, 4.36, 50.86], clusterProperties.GetProperty("bbox").EnumerateArray().Select(c => c.GetDouble()));
        var pin = features.Single(f => !f.GetProperty("properties").TryGetProperty("cluster", out _));
        Assert.Equal([3.72, 51.05], pin.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var pinProperties = pin.GetProperty("properties");
        Assert.Equal(IdOf(2), pinProperties.GetProperty("id").GetGuid());
        Assert.Equal("Initiative 2", pinProperties.GetProperty("name").GetString());
        Assert.Equal("mental-health", pinProperties.GetProperty("sector").GetString());
        Assert.Equal("Gent", pinProperties.GetProperty("city").GetString());
        Assert.Equal("/en/initiatives/i-2", pinProperties.GetProperty("url").GetString());
    }

    [Fact]
    public void A_pin_without_sector_or_city_leaves_them_out()
    {
        var points = new MapPoints([new GeoPoint(50.85, 4.35)]);
        var layer = points.Cluster(BoundingBox.Belgium, 8, HitFilter.All, _ => new MapPointInfo(Guid.Empty, "Sans secteur", null, null, "/fr/x"));

        var json = JsonSerializer.Serialize(layer.Features, MapLayer.JsonOptions);

        Assert.DoesNotContain("sector", json);
        Assert.DoesNotContain("city", json);
        Assert.Contains("\"name\":\"Sans secteur\"", json);
    }

    [Theory]
    [InlineData(8, 3)]
    [InlineData(12, 4)]
    [InlineData(15, 5)]
    [InlineData(18, 6)]
    [InlineData(22, 6)]
    public void Coordinates_keep_only_the_decimals_that_show_at_the_zoom(int zoom, int decimals)
    {
        var box = CellsWide(30, zoom, 4.3, 50.8);
        var sample = MapSamples.Random(2_000, box, seed: 5);

        var json = JsonSerializer.Serialize(sample.Cluster(box, zoom).Features, MapLayer.JsonOptions);

        // A position rounded past the box is put back on its edge, which keeps the edge's own decimals.
        double[] edges = [box.West, box.South, box.East, box.North];
        var numbers = Number().Matches(json).Select(m => m.Value).Where(n => !edges.Contains(double.Parse(n, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(n.Length - n.IndexOf('.') - 1 <= decimals, n));
        Assert.Contains(numbers, n => n.Length - n.IndexOf('.') - 1 == decimals);
    }

    [Fact]
    public void Belgium_at_zoom_8_with_100000_hits_fits_in_30_kilobytes()
    {
        var layer = HundredThousand.Value.Cluster(BoundingBox.Belgium, 8);

        var json = JsonSerializer.SerializeToUtf8Bytes(layer.Features, MapLayer.JsonOptions);

        Assert.Equal(8, layer.GridZoom);
        Assert.Equal(HundredThousand.Value.Locations.Count(l => l is not null), layer.Count);
        Assert.InRange(layer.Features.Count, 1, MapGrid.MaxFeatures);
        Assert.True(json.Length < 30 * 1024, $"{json.Length} bytes");
    }

    [Fact]
    public void Belgium_asked_at_zoom_22_is_gridded_lower_and_stays_within_the_feature_cap()
    {
        var layer = HundredThousand.Value.Cluster(BoundingBox.Belgium, 22);

        Assert.True(layer.GridZoom < 22);
        Assert.InRange(layer.Features.Count, 1, MapGrid.MaxFeatures);
        Assert.Equal(layer.Count, layer.Features.Sum(CountOf));
    }

    [Fact]
    public void A_crowded_box_at_pin_zoom_spreads_cells_into_pins_only_within_the_feature_cap()
    {
        // About 40 initiatives in each of 40×40 cells at zoom 17: every cell could be spread, but not all of them fit.
        var area = CellsWide(40, MapGrid.SinglePointsZoom, 4.35, 50.85);
        var sample = MapSamples.Random(60_000, area, seed: 6, withoutLocation: 0);

        var layer = sample.Cluster(area, MapGrid.SinglePointsZoom);

        Assert.Equal(MapGrid.SinglePointsZoom, layer.GridZoom);
        Assert.Equal(60_000, layer.Count);
        Assert.Equal(60_000, layer.Features.Sum(CountOf));
        Assert.InRange(layer.Features.Count, MapGrid.MaxFeatures - MapGrid.MaxPointsPerExpandedCell, MapGrid.MaxFeatures);
        Assert.Contains(layer.Features, IsCluster);
        Assert.Contains(layer.Features, f => !IsCluster(f));
    }

    [GeneratedRegex(@"-?\d+\.\d+")]
    private static partial Regex Number();
}
