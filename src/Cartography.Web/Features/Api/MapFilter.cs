using System.Globalization;
using Cartography.Search.Map;
using Cartography.Search.Searching;
using Cartography.Web.Features.Initiatives;

namespace Cartography.Web.Features.Api;

/// <summary>Parses <c>bbox=west,south,east,north</c> and <c>zoom</c> into the map part of a search, once.</summary>
public static class MapFilter
{
    public static (MapRequest? Map, IReadOnlyList<FilterError> Errors) Parse(string? bbox, string? zoom)
    {
        var errors = new List<FilterError>();
        int? level = null;
        if (!string.IsNullOrWhiteSpace(zoom))
        {
            if (int.TryParse(zoom, NumberStyles.None, CultureInfo.InvariantCulture, out var z) && z <= MapGrid.MaxZoom) level = z;
            else errors.Add(new("zoom", zoom, "Error_Zoom"));
        }
        if (string.IsNullOrWhiteSpace(bbox)) return (null, errors);

        var parts = bbox.Split(',').Select(InitiativeFilter.Coordinate).ToList();
        if (parts.Count != 4 || parts.Any(p => p is null))
        {
            errors.Add(new("bbox", bbox, "Error_BboxFormat"));
            return (null, errors);
        }
        if (!BoundingBox.TryCreate(parts[0]!.Value, parts[1]!.Value, parts[2]!.Value, parts[3]!.Value, out var box, out var problem))
            errors.Add(new("bbox", bbox, problem switch
            {
                BoundingBoxProblem.WestIsEastOfEast or BoundingBoxProblem.SouthIsNorthOfNorth => "Error_BboxOrder",
                _ => "Error_BboxRange",
            }));
        if (level is null && string.IsNullOrWhiteSpace(zoom)) errors.Add(new("zoom", "", "Error_ZoomRequired"));
        return errors.Count > 0 ? (null, errors) : (new MapRequest(box, level!.Value), errors);
    }
}
