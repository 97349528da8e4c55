namespace Cartography.Data.Editorial;

/// <summary>
/// An item as the editing form opens it: the latest content and its <see cref="Version"/>, which the form sends back
/// with a save so a newer save by someone else is noticed.
/// </summary>
public sealed record EditableItem<T>(
    Guid Id,
    string? Key,
    T Content,
    int Version,
    int? PublishedVersion,
    EditState State,
    DateTimeOffset? PublishAt,
    DateTimeOffset? UnpublishAt,
    IReadOnlyList<VersionSummary> Versions) where T : class;
