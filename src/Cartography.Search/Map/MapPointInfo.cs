namespace Cartography.Search.Map;

/// <summary>What a lone pin on the map says about its initiative, in the request's culture.</summary>
public sealed record MapPointInfo(Guid Id, string Name, string? Sector, string? City, string Url);
