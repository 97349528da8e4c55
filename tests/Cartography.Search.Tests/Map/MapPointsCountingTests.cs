using Cartography.Core.Places;
using Cartography.Search.Map;
using static Cartography.Search.Tests.Map.MapSamples;

namespace Cartography.Search.Tests.Map;

/// <summary>Every hit inside the box is counted once, and nothing else is.</summary>
public class MapPointsCountingTests
{
    private static readonly Sample TwentyThousand = MapSamples.Random(20_000, BoundingBox.Belgium, seed: 7);

    public static TheoryData<int, int> BoxesAndZooms()
    {
        var data = new TheoryData<int, int>();
        foreach (var zoom in new[] { 0, 4, 7, 8, 9, 11, 13, 15, 17, 19, 22 })
            foreach (var seed in new[] { 1, 2, 3 })
                data.Add(zoom, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(BoxesAndZooms))]
    public void Every_hit_inside_a_random_box_is_counted_in_exactly_one_feature(int zoom, int seed)
    {
        var random = new Random(seed * 100 + zoom);
        var box = RandomBoxAround(random, TwentyThousand, zoom);
        var hits = HitFilter.Of(Enumerable.Range(0, TwentyThousand.Locations.Length).Where(_ => random.Next(3) > 0), TwentyThousand.Locations.Length);
        var expected = TwentyThousand.HitsInside(box, hits);

        var layer = TwentyThousand.Cluster(box, zoom, hits);

        Assert.Equal(expected.Count, layer.Count);
        Assert.Equal(expected.Count, layer.Features.Sum(CountOf));
        var pinned = layer.Features.Where(f => !IsCluster(f)).Select(OrdinalOf).ToList();
        Assert.Equal(pinned.Count, pinned.Distinct().Count());
        Assert.Subset(expected.ToHashSet(), pinned.ToHashSet());
    }

    [Theory]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(12)]
    public void Below_the_pin_zoom_each_occupied_grid_cell_gives_one_feature_holding_all_its_hits(int zoom)
    {
        var box = CellsWide(20, zoom, 4.05, 50.55);
        var expected = TwentyThousand.HitsInside(box, HitFilter.All)
            .GroupBy(o => CellOf(TwentyThousand.Locations[o]!.Value.Longitude, TwentyThousand.Locations[o]!.Value.Latitude, zoom))
            .Select(cell => cell.Count())
            .Order()
            .ToList();

        var layer = TwentyThousand.Cluster(box, zoom);

        Assert.Equal(zoom, layer.GridZoom);
        Assert.True(expected.Count > 5, $"only {expected.Count} cells");
        Assert.Equal(expected, layer.Features.Select(CountOf).Order().ToList());
    }

    [Fact]
    public void No_feature_lies_outside_the_box_nor_zooms_outside_it()
    {
        foreach (var zoom in new[] { 5, 9, 12, 18 })
        {
            var box = Box(4.123456789, 50.51, 4.61, 50.987654321);

            var layer = TwentyThousand.Cluster(box, zoom);

            Assert.NotEmpty(layer.Features);
            foreach (var feature in layer.Features)
            {
                var (longitude, latitude) = PositionOf(feature);
                Assert.True(box.Contains(latitude, longitude), $"({longitude}, {latitude}) at zoom {zoom}");
                if (!IsCluster(feature)) continue;
                var bbox = BboxOf(feature);
                Assert.True(box.Contains(bbox[1], bbox[0]) && box.Contains(bbox[3], bbox[2]), $"bbox [{string.Join(", ", bbox)}] at zoom {zoom}");
                Assert.True(bbox[0] <= longitude && longitude <= bbox[2] && bbox[1] <= latitude && latitude <= bbox[3]);
            }
        }
    }

    [Fact]
    public void Hits_outside_the_box_and_initiatives_that_are_not_hits_are_ignored()
    {
        var sample = new Sample(
            [new GeoPoint(50.85, 4.35), new GeoPoint(50.86, 4.36), new GeoPoint(51.05, 3.72), new GeoPoint(50.84, 4.34)],
            ["Bruxelles", "Bruxelles", "Gent", "Ixelles"]);
        var brussels = Box(4.2, 50.7, 4.5, 50.95);
        var hits = HitFilter.Of([0, 2, 3], 4);

        var layer = sample.Cluster(brussels, 16, hits);

        Assert.Equal(2, layer.Count);
        Assert.Equal([0, 3], layer.Features.Select(OrdinalOf).Order());
    }

    [Fact]
    public void Initiatives_without_a_location_are_ignored()
    {
        var sample = new Sample([null, new GeoPoint(50.85, 4.35), null], ["Bruxelles", "Bruxelles", "Bruxelles"]);

        var layer = sample.Cluster(BoundingBox.Belgium, 3);

        Assert.Equal(1, layer.Count);
        Assert.Equal(1, OrdinalOf(Assert.Single(layer.Features)));
        Assert.Equal(1, sample.Points.LocatedCount);
        Assert.Equal(3, sample.Points.Count);
    }

    [Fact]
    public void Hits_on_the_edges_of_the_box_are_counted()
    {
        var box = Box(4.3, 50.8, 4.4, 50.9);
        var sample = new Sample(
            [new GeoPoint(50.8, 4.3), new GeoPoint(50.9, 4.4), new GeoPoint(50.85, 4.3), new GeoPoint(50.9, 4.35), new GeoPoint(50.9000001, 4.35)],
            ["a", "b", "c", "d", "e"]);

        Assert.Equal(4, sample.Cluster(box, 18).Count);
        Assert.Equal(4, sample.Cluster(box, 3).Features.Sum(CountOf));
    }

    [Fact]
    public void An_empty_directory_gives_an_empty_layer()
    {
        var layer = new MapPoints([]).Cluster(BoundingBox.Belgium, 8, HitFilter.All, _ => throw new InvalidOperationException());

        Assert.Equal(0, layer.Count);
        Assert.Empty(layer.Features);
    }

    [Fact]
    public void A_hit_filter_that_does_not_cover_every_ordinal_is_a_programming_error()
    {
        var hits = HitFilter.Of([0], 10);

        Assert.Throws<ArgumentException>(() => TwentyThousand.Cluster(BoundingBox.Belgium, 8, hits));
    }

    /// <summary>A box of one to ten 1200 px screens at this zoom around one of the sample's points, so it is rarely empty.</summary>
    private static BoundingBox RandomBoxAround(Random random, Sample sample, int zoom)
    {
        var degreesPerScreen = 1200 * 360 / (256 * Math.Pow(2, zoom));
        var width = Math.Min(180, degreesPerScreen * (1 + random.NextDouble() * 9));
        var height = Math.Min(80, width * 0.6);
        var centre = sample.Locations.Where(l => l is not null).ElementAt(random.Next(1000))!.Value;
        var west = centre.Longitude - random.NextDouble() * width;
        var south = centre.Latitude - random.NextDouble() * height;
        return Box(Math.Max(west, -180), Math.Max(south, -85), Math.Min(west + width, 180), Math.Min(south + height, 85));
    }
}
