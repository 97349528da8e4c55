namespace Cartography.Search.FullText;

/// <summary>An initiative proposed by the search box while the visitor types, with its name in the asked culture.</summary>
public sealed record Suggestion(Guid Id, string Name);
