using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Search.Map;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;

namespace Cartography.Benchmarks;

/// <summary>The requests measured: what the map page asks as a visitor types, ticks facets and pans.</summary>
public static class Requests
{
    public static MapRequest BelgiumView { get; } = new(BoundingBox.Belgium, 8);

    /// <summary>Brussels and around at zoom 11, as after zooming in once or twice.</summary>
    public static MapRequest CityView { get; } = Box(4.1, 50.7, 4.6, 51.0, 11);

    /// <summary>Text + two facets + the viewport's clusters: the target request.</summary>
    public static InitiativeQuery TextAndTwoFacets { get; } = new()
    {
        Culture = Culture.Fr,
        Text = "pair",
        Sectors = new HashSet<string> { "mental-health", "addiction" },
        Statuses = new HashSet<string> { "salaried" },
    };

    /// <summary>The first load of the page: no filter, all of Belgium.</summary>
    public static InitiativeQuery Everything { get; } = new() { Culture = Culture.Nl };

    /// <summary>A word typed while searching, with a province: the last word is a prefix.</summary>
    public static InitiativeQuery PrefixAndProvince { get; } = new()
    {
        Culture = Culture.Nl,
        Text = "ervaringsdes",
        Provinces = new HashSet<Province> { Province.Antwerp },
    };

    private static MapRequest Box(double west, double south, double east, double north, int zoom) =>
        BoundingBox.TryCreate(west, south, east, north, out var box) ? new MapRequest(box, zoom) : throw new ArgumentException("bad box");
}
