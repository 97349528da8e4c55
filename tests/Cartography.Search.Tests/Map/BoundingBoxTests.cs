using Cartography.Search.Map;

namespace Cartography.Search.Tests.Map;

public class BoundingBoxTests
{
    [Fact]
    public void An_ordinary_box_is_accepted_with_its_edges()
    {
        Assert.True(BoundingBox.TryCreate(4.3, 50.8, 4.4, 50.9, out var box, out var problem));

        Assert.Equal(BoundingBoxProblem.None, problem);
        Assert.Equal((4.3, 50.8, 4.4, 50.9), (box.West, box.South, box.East, box.North));
    }

    [Fact]
    public void A_box_reduced_to_a_point_is_accepted()
    {
        Assert.True(BoundingBox.TryCreate(4.35, 50.85, 4.35, 50.85, out var box));

        Assert.True(box.Contains(50.85, 4.35));
    }

    [Theory]
    [InlineData(double.NaN, 50, 5, 51)]
    [InlineData(4, double.NaN, 5, 51)]
    [InlineData(4, 50, double.PositiveInfinity, 51)]
    [InlineData(4, 50, 5, double.NegativeInfinity)]
    public void Not_a_number_and_infinities_are_refused(double west, double south, double east, double north) =>
        AssertRefused(west, south, east, north, BoundingBoxProblem.NotANumber);

    [Theory]
    [InlineData(4, -90.5, 5, 51)]
    [InlineData(4, 50, 5, 91)]
    public void Latitudes_beyond_the_poles_are_refused(double west, double south, double east, double north) =>
        AssertRefused(west, south, east, north, BoundingBoxProblem.LatitudeOutOfRange);

    [Theory]
    [InlineData(-180.5, 50, 5, 51)]
    [InlineData(4, 50, 181, 51)]
    public void Longitudes_beyond_the_antimeridian_are_refused(double west, double south, double east, double north) =>
        AssertRefused(west, south, east, north, BoundingBoxProblem.LongitudeOutOfRange);

    [Fact]
    public void A_box_whose_west_is_east_of_its_east_is_refused_rather_than_read_across_the_antimeridian() =>
        AssertRefused(5, 50, 4, 51, BoundingBoxProblem.WestIsEastOfEast);

    [Fact]
    public void A_box_whose_south_is_north_of_its_north_is_refused() =>
        AssertRefused(4, 51, 5, 50, BoundingBoxProblem.SouthIsNorthOfNorth);

    [Fact]
    public void Latitudes_beyond_web_mercator_are_clamped_because_leaflet_reports_them_at_low_zoom()
    {
        Assert.True(BoundingBox.TryCreate(-180, -89.9, 180, 90, out var box));

        Assert.Equal(-BoundingBox.MaxLatitude, box.South);
        Assert.Equal(BoundingBox.MaxLatitude, box.North);
    }

    [Fact]
    public void Edges_are_inside_the_box()
    {
        BoundingBox.TryCreate(4, 50, 5, 51, out var box);

        Assert.True(box.Contains(50, 4));
        Assert.True(box.Contains(51, 5));
        Assert.False(box.Contains(51.000001, 4.5));
        Assert.False(box.Contains(50.5, 3.999999));
    }

    [Fact]
    public void Belgium_holds_its_far_corners_from_the_coast_to_the_ardennes()
    {
        Assert.True(BoundingBox.Belgium.Contains(51.23, 2.92)); // Ostend
        Assert.True(BoundingBox.Belgium.Contains(49.68, 5.82)); // Arlon
        Assert.True(BoundingBox.Belgium.Contains(50.74, 6.40)); // close to the German border near Eupen
        Assert.False(BoundingBox.Belgium.Contains(48.86, 2.35)); // Paris
    }

    private static void AssertRefused(double west, double south, double east, double north, BoundingBoxProblem expected)
    {
        Assert.False(BoundingBox.TryCreate(west, south, east, north, out var box, out var problem));
        Assert.Equal(expected, problem);
        Assert.Equal(default, box);
        Assert.False(BoundingBox.TryCreate(west, south, east, north, out _));
    }
}
