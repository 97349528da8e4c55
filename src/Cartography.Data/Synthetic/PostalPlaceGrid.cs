using Cartography.Core.Places;

namespace Cartography.Data.Synthetic;

/// <summary>
/// The shipped postal places in cells of a tenth of a degree, to find the one nearest a generated position quickly:
/// a run of 100,000 initiatives asks 100,000 times, and scanning all 3,090 places each time would add about 2 s to the
/// 3 to 4.7 s the drawing takes (docs/performance.md, `synthetic`).
/// </summary>
internal static class PostalPlaceGrid
{
    private const double Cell = 0.1;

    private static readonly PostalPlace[] Places = [.. BelgianPlaces.Belgium.PostalPlaces];

    private static readonly Dictionary<(int, int), int[]> Cells =
        Enumerable.Range(0, Places.Length).GroupBy(i => CellOf(Places[i].Centre)).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The postal place whose position (else its municipality's centre) is closest to <paramref name="point"/>.</summary>
    public static PostalPlace Nearest(GeoPoint point)
    {
        var (row, column) = CellOf(point);
        var near = new List<int>();
        for (var r = row - 1; r <= row + 1; r++)
            for (var c = column - 1; c <= column + 1; c++)
                if (Cells.TryGetValue((r, c), out var indices)) near.AddRange(indices);
        // Places in their list's order and a strict comparison keep ties, and so the output of a seed, the same from run to run.
        near.Sort();
        IEnumerable<int> candidates = near.Count > 0 ? near : Enumerable.Range(0, Places.Length);
        var kmPerDegreeLongitude = 111.32 * Math.Cos(point.Latitude * Math.PI / 180);
        var (best, bestDistance) = (Places[0], double.MaxValue);
        foreach (var index in candidates)
        {
            var place = Places[index];
            var dx = (place.Centre.Longitude - point.Longitude) * kmPerDegreeLongitude;
            var dy = (place.Centre.Latitude - point.Latitude) * 110.57;
            var distance = dx * dx + dy * dy;
            if (distance < bestDistance) (best, bestDistance) = (place, distance);
        }
        return best;
    }

    private static (int, int) CellOf(GeoPoint point) => ((int)Math.Floor(point.Latitude / Cell), (int)Math.Floor(point.Longitude / Cell));
}
