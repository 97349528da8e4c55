using Cartography.Core.Content;
using Cartography.Search.Map;
using Cartography.Search.ReadModel;

namespace Cartography.Search.Searching;

/// <summary>One initiative of a result page; the distance in kilometres when the query sorted by distance.</summary>
public sealed record SearchItem(Published<Initiative> Initiative, double? DistanceKm = null);

/// <summary>
/// What a search found: how many, one page of them, the count per facet value (each facet counted with the other
/// facets' filters applied, so that ticking a value shows what the others would add), the map of the hits in view and,
/// when asked, the hits per municipality (NIS code, with every other filter applied; municipalities without hits left out).
/// </summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchItem> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    MapLayer? Map = null,
    IReadOnlyDictionary<string, int>? Municipalities = null);
