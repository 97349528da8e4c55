using System.Text.Json;
using Cartography.Core.Places;
using Cartography.Web.Features.Map;

namespace Cartography.Web.Features.Initiatives;

/// <summary>One pin of a small map: where, the name it is labelled with, and the page it links to (none for the page's own place).</summary>
public sealed record PlacePin(GeoPoint Point, string Name, string? Href);

/// <summary>What wwwroot/js/initiative-map.js needs, as JSON in the map element's data-settings: the site's tiles and the pins.</summary>
public static class PlaceMapSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(MapOptions map, IReadOnlyList<PlacePin> pins, string linkLabel) => JsonSerializer.Serialize(new
    {
        tileUrl = map.TileUrl,
        attribution = map.Attribution,
        maxZoom = map.MaxZoom,
        minZoom = map.MinZoom,
        zoom = 15,
        linkLabel,
        points = pins.Select(p => new { lat = p.Point.Latitude, lon = p.Point.Longitude, name = p.Name, href = p.Href }),
    }, Json);
}
