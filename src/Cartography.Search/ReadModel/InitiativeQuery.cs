using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Search.ReadModel;

/// <summary>
/// A parsed, valid filter over published initiatives. Values of one facet widen (sector A or B); facets narrow each
/// other (sector A and province P).
/// </summary>
public sealed record InitiativeQuery
{
    public const int MaxTake = 100;
    public const int MaxTextLength = 200;

    public Culture Culture { get; init; } = Culture.Fr;
    public IReadOnlySet<string> Sectors { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Types { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Statuses { get; init; } = new HashSet<string>();
    public IReadOnlySet<Province> Provinces { get; init; } = new HashSet<Province>();
    public IReadOnlySet<Region> Regions { get; init; } = new HashSet<Region>();
    public IReadOnlySet<string> Publics { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>();

    /// <summary>NIS codes of municipalities (<c>municipality=</c>); narrows like a facet, alongside province and region.</summary>
    public IReadOnlySet<string> Municipalities { get; init; } = new HashSet<string>();

    /// <summary>Also count the hits per municipality (<see cref="Searching.SearchResult.Municipalities"/>), for place suggestions and the list of places.</summary>
    public bool CountMunicipalities { get; init; }

    /// <summary>Leaves out initiatives that have ended (starting ones stay).</summary>
    public bool ActiveOnly { get; init; }

    /// <summary>When set, the list is sorted by distance from this point.</summary>
    public GeoPoint? Near { get; init; }

    public string? Text { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}
