using Cartography.Core.Places;
using Cartography.Search.Map;
using static Cartography.Search.Tests.Map.MapSamples;

namespace Cartography.Search.Tests.Map;

/// <summary>What the grid merges at each zoom: clusters far out, pins close in, and a bounded grid whatever is asked.</summary>
public class MapPointsZoomTests
{
    // One degree of latitude is 111.2 km; one degree of longitude at 50.85° N is 70.2 km.
    private const double DegreesPer100MetresEast = 0.1 / 70.2;

    [Fact]
    public void At_zoom_18_initiatives_100_metres_apart_are_all_pins_with_their_description()
    {
        var sample = new Sample(
            [.. Enumerable.Range(0, 10).Select(i => (GeoPoint?)new GeoPoint(50.85, 4.35 + i * DegreesPer100MetresEast))],
            [.. Enumerable.Range(0, 10).Select(_ => "Bruxelles")]);
        var box = Box(4.3495, 50.847, 4.3645, 50.853); // 2800 × 1800 px at zoom 18

        var layer = sample.Cluster(box, 18);

        Assert.Equal(18, layer.GridZoom);
        Assert.Equal(10, layer.Features.Count);
        Assert.DoesNotContain(layer.Features, IsCluster);
        var pin = layer.Features.Single(f => OrdinalOf(f) == 3);
        Assert.Equal("Initiative 3", pin.Attributes["name"]);
        Assert.Equal("mental-health", pin.Attributes["sector"]);
        Assert.Equal("Bruxelles", pin.Attributes["city"]);
        Assert.Equal("/en/initiatives/i-3", pin.Attributes["url"]);
        Assert.Equal((4.35 + 3 * DegreesPer100MetresEast, 50.85), PositionOf(pin), (a, b) => Math.Abs(a.Item1 - b.Item1) < 1e-6 && a.Item2 == b.Item2);
    }

    [Fact]
    public void At_high_zoom_initiatives_sharing_a_cell_become_pins_up_to_the_cap()
    {
        var sample = new Sample(
            [.. Enumerable.Range(0, MapGrid.MaxPointsPerExpandedCell).Select(i => (GeoPoint?)new GeoPoint(50.85, 4.35 + i * 1e-7))],
            new string?[MapGrid.MaxPointsPerExpandedCell]);

        var layer = sample.Cluster(CellsWide(20, MapGrid.SinglePointsZoom, 4.349, 50.849), MapGrid.SinglePointsZoom);

        Assert.Equal(MapGrid.SinglePointsZoom, layer.GridZoom);

        Assert.Equal(MapGrid.MaxPointsPerExpandedCell, layer.Features.Count);
        Assert.DoesNotContain(layer.Features, IsCluster);
    }

    [Fact]
    public void At_high_zoom_a_cell_over_the_cap_stays_a_cluster_even_when_its_initiatives_share_one_address()
    {
        var count = MapGrid.MaxPointsPerExpandedCell + 1;
        var sample = new Sample(
            [.. Enumerable.Range(0, count).Select(_ => (GeoPoint?)new GeoPoint(50.85, 4.35)), new GeoPoint(50.8503, 4.3503)],
            new string?[count + 1]);

        var layer = sample.Cluster(CellsWide(20, 20, 4.3499, 50.8499), 20);

        Assert.Equal(20, layer.GridZoom);
        var cluster = Assert.Single(layer.Features, IsCluster);
        Assert.Equal(count, CountOf(cluster));
        Assert.Equal((4.35, 50.85), PositionOf(cluster));
        Assert.Equal([4.35, 50.85, 4.35, 50.85], BboxOf(cluster));
        Assert.Single(layer.Features, f => !IsCluster(f));
    }

    [Fact]
    public void Below_the_pin_zoom_initiatives_sharing_a_cell_merge_into_a_cluster_at_their_mean_position()
    {
        var sample = new Sample(
            [new GeoPoint(50.84, 4.34), new GeoPoint(50.86, 4.36), new GeoPoint(50.85, 4.38), new GeoPoint(51.05, 3.72)],
            ["Bruxelles", "Ixelles", "Bruxelles", "Gent"]);

        var layer = sample.Cluster(BoundingBox.Belgium, 8);

        var cluster = Assert.Single(layer.Features, IsCluster);
        Assert.Equal(3, CountOf(cluster));
        Assert.Equal(true, cluster.Attributes["cluster"]);
        Assert.Equal((4.36, 50.85), PositionOf(cluster));
        Assert.Equal([4.34, 50.84, 4.38, 50.86], BboxOf(cluster));
        Assert.Equal("Bruxelles", cluster.Attributes["city"]);
        Assert.Equal(3, OrdinalOf(Assert.Single(layer.Features, f => !IsCluster(f))));
    }

    [Fact]
    public void A_cluster_is_named_after_its_most_frequent_city_whatever_the_case_or_accents()
    {
        var sample = new Sample(
            [.. Enumerable.Range(0, 5).Select(i => (GeoPoint?)new GeoPoint(50.63 + i * 0.001, 5.57))],
            ["Namur", "Liège", "LIEGE", " liege ", "Namur"]);

        var layer = sample.Cluster(BoundingBox.Belgium, 6);

        Assert.Equal("Liège", Assert.Single(layer.Features).Attributes["city"]);
    }

    [Fact]
    public void A_cluster_whose_initiatives_have_no_city_has_no_city_property()
    {
        var sample = new Sample([new GeoPoint(50.63, 5.57), new GeoPoint(50.64, 5.58)], [null, " "]);

        var layer = sample.Cluster(BoundingBox.Belgium, 6);

        Assert.False(Assert.Single(layer.Features).Attributes.Exists("city"));
    }

    [Fact]
    public void Initiatives_are_described_only_for_the_pins_sent()
    {
        var sample = MapSamples.Random(5_000, BoundingBox.Belgium, seed: 3);

        var layer = sample.Cluster(BoundingBox.Belgium, 9);

        Assert.Equal(layer.Features.Count(f => !IsCluster(f)), sample.DescribeCalls);
    }

    [Fact]
    public void A_box_too_large_for_its_zoom_is_gridded_at_the_highest_zoom_where_it_fits()
    {
        var layer = MapSamples.Random(1_000, BoundingBox.Belgium, seed: 4).Cluster(BoundingBox.Belgium, 15);

        var (west, north) = CellOf(BoundingBox.Belgium.West, BoundingBox.Belgium.North, layer.GridZoom);
        var (east, south) = CellOf(BoundingBox.Belgium.East, BoundingBox.Belgium.South, layer.GridZoom);
        Assert.True((east - west + 1) * (south - north + 1) <= MapGrid.MaxCells);
        (west, north) = CellOf(BoundingBox.Belgium.West, BoundingBox.Belgium.North, layer.GridZoom + 1);
        (east, south) = CellOf(BoundingBox.Belgium.East, BoundingBox.Belgium.South, layer.GridZoom + 1);
        Assert.True((east - west + 1) * (south - north + 1) > MapGrid.MaxCells);
    }

    [Fact]
    public void Zooms_beyond_the_range_are_clamped()
    {
        var sample = new Sample([new GeoPoint(50.85, 4.35)], ["Bruxelles"]);
        var tiny = Box(4.3499, 50.8499, 4.3501, 50.8501);

        Assert.Equal(MapGrid.MaxZoom, sample.Cluster(tiny, 40).GridZoom);
        Assert.Equal(0, sample.Cluster(BoundingBox.Belgium, -3).GridZoom);
        Assert.Equal(1, sample.Cluster(tiny, int.MaxValue).Count);
    }
}
