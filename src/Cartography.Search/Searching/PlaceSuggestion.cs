using Cartography.Core.Places;

namespace Cartography.Search.Searching;

/// <summary>A municipality offered by the search box: its name in the request's culture and how many hits it holds.</summary>
public sealed record PlaceSuggestion(string NisCode, string Name, int Count, GeoPoint Centre);
