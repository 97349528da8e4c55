namespace Cartography.Search.Map;

/// <summary>
/// The rules of the clustering grid. Cells are <see cref="CellPixels"/> screen pixels square in Web Mercator
/// (the world is 256·2^zoom pixels wide) and aligned on the world's corner, so a cell covers the same ground
/// whatever the box: panning does not reshuffle clusters.
/// </summary>
public static class MapGrid
{
    public const int CellPixels = 64;

    /// <summary>Higher requested zooms are treated as this one; Leaflet's tile layers stop around here.</summary>
    public const int MaxZoom = 22;

    /// <summary>
    /// A box spanning more cells than this (48×48, room for a 3072 px square or a 3440×1440 screen) at the requested
    /// zoom is clustered at the highest lower zoom where it fits, so the payload stays bounded whatever the client sends.
    /// </summary>
    public const int MaxCells = 48 * 48;

    /// <summary>The most features one answer holds: one per cell, and pins of expanded cells only within this budget.</summary>
    public const int MaxFeatures = MaxCells;

    /// <summary>From this grid zoom on, a cell's hits are sent as separate pins rather than merged…</summary>
    public const int SinglePointsZoom = 17;

    /// <summary>
    /// …unless the cell holds more than this many, which stays a cluster (a building full of initiatives). Pins of one
    /// cell may share exact coordinates (one address); the client spreads them out.
    /// </summary>
    public const int MaxPointsPerExpandedCell = 50;
}
