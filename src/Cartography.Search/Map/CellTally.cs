using System.Buffers;

namespace Cartography.Search.Map;

/// <summary>One request's hits, summed per grid cell as they are found, then grouped by cell. Hits are slots of <see cref="MapPoints"/>.</summary>
internal sealed class CellTally : IDisposable
{
    private readonly int[] hitSlots;
    private readonly int[] hitCells;
    private int[]? members;
    private int[]? cityVotes;

    private readonly Cartography.Core.Cultures.Culture? culture;

    public CellTally(MapPoints points, CellGrid grid, Cartography.Core.Cultures.Culture? culture = null)
    {
        this.culture = culture;
        Points = points;
        Grid = grid;
        Counts = new int[grid.CellCount];
        SumLongitude = new double[grid.CellCount];
        SumLatitude = new double[grid.CellCount];
        West = new double[grid.CellCount];
        South = new double[grid.CellCount];
        East = new double[grid.CellCount];
        North = new double[grid.CellCount];
        Starts = new int[grid.CellCount + 1];
        // Pooled: at 100k hits these are the only large arrays of a request.
        hitSlots = ArrayPool<int>.Shared.Rent(Math.Max(points.LocatedCount, 1));
        hitCells = ArrayPool<int>.Shared.Rent(hitSlots.Length);
    }

    public MapPoints Points { get; }
    public CellGrid Grid { get; }
    public int HitCount { get; private set; }
    public int[] Counts { get; }
    public double[] SumLongitude { get; }
    public double[] SumLatitude { get; }
    public double[] West { get; }
    public double[] South { get; }
    public double[] East { get; }
    public double[] North { get; }

    /// <summary>After <see cref="GroupByCell"/>, the hits of cell c are <c>members[Starts[c]..Starts[c + 1]]</c>.</summary>
    public int[] Starts { get; }

    /// <summary>The slots of the cell's hits, in longitude order.</summary>
    public ReadOnlySpan<int> MembersOf(int cell) => members.AsSpan(Starts[cell], Counts[cell]);

    /// <summary>Counts a hit already known to lie inside the box.</summary>
    public void Add(int slot)
    {
        double longitude = Points.Longitudes[slot], latitude = Points.Latitudes[slot];
        var cell = Grid.CellOf(Points.WorldX[slot], Points.WorldY[slot]);
        if (Counts[cell]++ == 0)
        {
            West[cell] = East[cell] = longitude;
            South[cell] = North[cell] = latitude;
        }
        else
        {
            West[cell] = Math.Min(West[cell], longitude);
            East[cell] = Math.Max(East[cell], longitude);
            South[cell] = Math.Min(South[cell], latitude);
            North[cell] = Math.Max(North[cell], latitude);
        }
        SumLongitude[cell] += longitude;
        SumLatitude[cell] += latitude;
        hitSlots[HitCount] = slot;
        hitCells[HitCount++] = cell;
    }

    /// <summary>A counting sort of the hits by cell, so each cell's members can be read in one span.</summary>
    public void GroupByCell()
    {
        for (var cell = 0; cell < Counts.Length; cell++) Starts[cell + 1] = Starts[cell] + Counts[cell];
        members = ArrayPool<int>.Shared.Rent(Math.Max(HitCount, 1));
        var next = Starts[..^1]; // a copy: each cell's next free place
        for (var i = 0; i < HitCount; i++) members[next[hitCells[i]]++] = hitSlots[i];
    }

    /// <summary>The city most of the cell's hits share; on a tie, the one first met when the points were built.</summary>
    public string? MostFrequentCity(int cell)
    {
        if (Points.CityNames.Length == 0) return null;
        cityVotes ??= new int[Points.CityNames.Length];
        int best = -1, bestVotes = 0;
        foreach (var slot in MembersOf(cell))
        {
            var city = Points.CityOf[slot];
            if (city < 0) continue;
            var votes = ++cityVotes[city];
            if (votes > bestVotes || votes == bestVotes && city < best) (best, bestVotes) = (city, votes);
        }
        foreach (var slot in MembersOf(cell))
            if (Points.CityOf[slot] is >= 0 and var city) cityVotes[city] = 0;
        return best < 0 ? null : Points.CityLabel(best, culture);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(hitSlots);
        ArrayPool<int>.Shared.Return(hitCells);
        if (members is not null) ArrayPool<int>.Shared.Return(members);
    }
}
