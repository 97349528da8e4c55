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
    public string? Text { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}
