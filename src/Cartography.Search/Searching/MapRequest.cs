using Cartography.Search.Map;

namespace Cartography.Search.Searching;

/// <summary>The part of the map on screen: the grid of the answer's map part depends on it.</summary>
public sealed record MapRequest(BoundingBox Box, int Zoom);
