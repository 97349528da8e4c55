using Bunit;
using Cartography.Core.Places;
using Cartography.Web.Features.Backoffice.Editing;

namespace Cartography.Web.Tests.Backoffice;

public sealed class LocationPickerTests : EditorComponentContext
{
    private readonly List<GeoPoint?> changes = [];

    private IRenderedComponent<LocationPicker> Picker(GeoPoint? value = null, string? postalCode = null, string? city = null) => Render<LocationPicker>(p => p
        .Add(l => l.Value, value)
        .Add(l => l.PostalCode, postalCode)
        .Add(l => l.City, city)
        .Add(l => l.ValueChanged, point => changes.Add(point)));

    [Fact]
    public void The_current_position_fills_the_two_fields()
    {
        var picker = Picker(new GeoPoint(50.8466, 4.3528));

        Assert.Equal("50.8466", picker.Find("#latitude").GetAttribute("value"));
        Assert.Equal("4.3528", picker.Find("#longitude").GetAttribute("value"));
    }

    [Theory]
    [InlineData("50.6326", "5.5797")]
    [InlineData("50,6326", "5,5797")]
    public void Typing_a_latitude_and_longitude_in_belgium_sets_the_position(string latitude, string longitude)
    {
        var picker = Picker();
        picker.Find("#latitude").Change(latitude);
        Assert.Empty(changes);
        picker.Find("#longitude").Change(longitude);

        Assert.Equal([new GeoPoint(50.6326, 5.5797)], changes);
        Assert.Empty(picker.FindAll("[role=alert]"));
    }

    [Fact]
    public void A_position_outside_belgium_is_refused_with_a_hint_about_swapped_numbers()
    {
        var picker = Picker();
        picker.Find("#latitude").Change("4.35");
        picker.Find("#longitude").Change("50.85");

        Assert.Empty(changes);
        Assert.Contains("outside Belgium", picker.Find("[role=alert]").TextContent);
        Assert.Equal("true", picker.Find("#latitude").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Text_that_is_not_a_number_is_refused_and_kept_for_correction()
    {
        var picker = Picker();
        picker.Find("#latitude").Change("fifty");
        picker.Find("#longitude").Change("4.35");

        Assert.Empty(changes);
        Assert.Contains("two numbers", picker.Find("[role=alert]").TextContent);
        Assert.Equal("fifty", picker.Find("#latitude").GetAttribute("value"));
    }

    [Fact]
    public void From_the_address_places_the_marker_near_the_municipality_of_the_postal_code()
    {
        var picker = Picker(postalCode: "4000");
        picker.Find("button.from-address").Click();

        var point = Assert.Single(changes)!.Value;
        Assert.InRange(point.Latitude, 50.55, 50.7);   // Liège
        Assert.InRange(point.Longitude, 5.45, 5.7);
        Assert.Contains("Approximate", picker.Find("[role=status]").TextContent);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("1001")]
    [InlineData("9999")]
    public void From_the_address_is_disabled_without_a_postal_code_bpost_knows(string postalCode)
    {
        Assert.True(Picker(postalCode: postalCode).Find("button.from-address").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("6680", null, 50.020, 5.548)]          // Sainte-Ode, the municipality's own place among four
    [InlineData("6680", "Sainte-Ode", 50.020, 5.548)]
    [InlineData("7900", "Leuze-en-Hainaut", 50.597, 3.624)]  // not Enghien (50.69, 4.04), the nearest code of the old table
    [InlineData("1300", "Limal", 50.693, 4.573)]
    public void From_the_address_places_the_marker_at_the_postal_place(string postalCode, string? city, double latitude, double longitude)
    {
        var picker = Picker(postalCode: postalCode, city: city);
        picker.Find("button.from-address").Click();

        var point = Assert.Single(changes)!.Value;
        Assert.True(Kilometres(point, new GeoPoint(latitude, longitude)) < 5, $"{point} is {Kilometres(point, new GeoPoint(latitude, longitude)):0.0} km away");
    }

    private static double Kilometres(GeoPoint a, GeoPoint b)
    {
        var dLat = (b.Latitude - a.Latitude) * Math.PI / 180;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(a.Latitude * Math.PI / 180) * Math.Cos(b.Latitude * Math.PI / 180) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 12742 * Math.Asin(Math.Sqrt(h));
    }

    [Fact]
    public void Clearing_removes_the_position()
    {
        var picker = Picker(new GeoPoint(50.8466, 4.3528));
        picker.Find("button.clear-location").Click();

        Assert.Equal([(GeoPoint?)null], changes);
        Assert.Null(picker.Find("#latitude").GetAttribute("value"));
    }

    [Fact]
    public async Task A_marker_moved_on_the_map_sets_the_position_rounded_to_a_tenth_of_a_metre()
    {
        var picker = Picker();
        await picker.InvokeAsync(() => picker.Instance.MovedAsync(50.846612345, 4.352812345));

        Assert.Equal([new GeoPoint(50.846612, 4.352812)], changes);
        Assert.Equal("50.846612", picker.Find("#latitude").GetAttribute("value"));
    }
}
