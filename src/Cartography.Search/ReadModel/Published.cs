namespace Cartography.Search.ReadModel;

/// <summary>A published content item as the read model holds it.</summary>
public sealed record Published<T>(Guid Id, T Content) where T : class;
