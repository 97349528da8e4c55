using NetTopologySuite.Features;

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

    /// <summary>The one NetTopologySuite type we hand out, for the web project to serialise as GeoJSON.</summary>
    public FeatureCollection Features { get; }

    /// <summary>Hits inside the box, whether pinned or clustered: the sum of every feature's count.</summary>
    public int Count { get; }

    /// <summary>The zoom the grid was built at: the requested one, or lower when the box was too large for it.</summary>
    public int GridZoom { get; }
}
