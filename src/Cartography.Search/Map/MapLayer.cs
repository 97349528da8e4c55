using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Cartography.Search.Map;

/// <summary>
/// The map part of a search answer: a GeoJSON feature collection whose size grows with the cells on screen, never with
/// the number of hits. Pins carry <c>id, name, sector?, city?, url</c>; clusters carry <c>cluster: true, count, city?, bbox</c>.
/// </summary>
public sealed class MapLayer
{
    internal MapLayer(FeatureCollection features, int count, int gridZoom)
    {
        Features = features;
        Count = count;
        GridZoom = gridZoom;
    }

    /// <summary>The one NetTopologySuite type we hand out: the web project serialises it with <see cref="JsonConverter"/>.</summary>
    public FeatureCollection Features { get; }

    /// <summary>Hits inside the box, whether pinned or clustered: the sum of every feature's count.</summary>
    public int Count { get; }

    /// <summary>The zoom the grid was built at: the requested one, or lower when the box was too large for it.</summary>
    public int GridZoom { get; }

    /// <summary>Writes <see cref="Features"/> as GeoJSON; add it to the API's <see cref="JsonSerializerOptions"/>.</summary>
    public static JsonConverter JsonConverter { get; } = new GeoJsonConverterFactory();

    /// <summary>Options holding <see cref="JsonConverter"/>, for tests and for writing the layer on its own.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        Converters = { JsonConverter },
        // "Liège" rather than "Li\u00E8ge": shorter, and still escapes what HTML needs escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
