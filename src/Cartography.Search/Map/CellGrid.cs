namespace Cartography.Search.Map;

/// <summary>The window of global grid cells that covers one box at one grid zoom, numbered row by row from 0.</summary>
internal readonly record struct CellGrid(int Zoom, long FirstColumn, long FirstRow, int Columns, int Rows)
{
    public int CellCount => Columns * Rows;

    public static CellGrid Fit(BoundingBox box, int requestedZoom)
    {
        double west = WebMercator.X(box.West), east = WebMercator.X(box.East);
        double north = WebMercator.Y(box.North), south = WebMercator.Y(box.South);
        for (var zoom = Math.Clamp(requestedZoom, 0, MapGrid.MaxZoom); ; zoom--)
        {
            long first = Index(west, zoom), last = Index(east, zoom), top = Index(north, zoom), bottom = Index(south, zoom);
            long columns = last - first + 1, rows = bottom - top + 1;
            if (zoom == 0 || columns * rows <= MapGrid.MaxCells)
                return new CellGrid(zoom, first, top, (int)columns, (int)rows);
        }
    }

    /// <summary>The cell holding a point already known to lie inside the box, from its world coordinates.</summary>
    public int CellOf(double x, double y)
    {
        // Clamped because the box's edges and a point on them must land in the window even after rounding.
        var column = Math.Clamp(Index(x, Zoom) - FirstColumn, 0, Columns - 1);
        var row = Math.Clamp(Index(y, Zoom) - FirstRow, 0, Rows - 1);
        return (int)(row * Columns + column);
    }

    private static long Index(double world, int zoom)
    {
        var cellsPerSide = (256L << zoom) / MapGrid.CellPixels;
        return Math.Min((long)Math.Floor(world * cellsPerSide), cellsPerSide - 1);
    }
}
