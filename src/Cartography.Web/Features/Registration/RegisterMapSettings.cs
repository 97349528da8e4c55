using System.Text.Json;
using Cartography.Web.Features.Map;

namespace Cartography.Web.Features.Registration;

/// <summary>What wwwroot/js/register-map.js needs, handed over as JSON in a data- attribute: the site's tiles and first view.</summary>
public static class RegisterMapSettings
{
    public static string ToJson(MapOptions map) => JsonSerializer.Serialize(new
    {
        tileUrl = map.TileUrl,
        attribution = map.Attribution,
        center = new[] { map.CenterLatitude, map.CenterLongitude },
        zoom = map.Zoom,
        maxZoom = map.MaxZoom,
    });
}
