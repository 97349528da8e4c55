namespace Cartography.Search.ReadModel;

/// <summary>One page of matching initiatives and how many match in all.</summary>
public sealed record InitiativePage(int Total, IReadOnlyList<Published<Core.Content.Initiative>> Items);
