using Cartography.Core.Cultures;

namespace Cartography.Data.Editorial;

/// <summary>A line of a back office list, read from the item row alone.</summary>
public sealed record ContentListItem(
    Guid Id,
    string? Key,
    LocalizedText Name,
    EditState State,
    int Version,
    int? PublishedVersion,
    string LastSavedBy,
    DateTimeOffset LastSavedAt,
    DateTimeOffset? PublishAt,
    DateTimeOffset? UnpublishAt);
