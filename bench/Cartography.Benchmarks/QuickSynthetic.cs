using System.Diagnostics;
using Cartography.Core.Places;
using Cartography.Data.Synthetic;

namespace Cartography.Benchmarks;

/// <summary>
/// `synthetic [count]`: how long the generator takes to draw N initiatives in memory (the database write is apart),
/// and, for comparison, what finding each one's postal place by scanning all 3,090 places would cost.
/// </summary>
public static class QuickSynthetic
{
    public static void Print(TextWriter output, int count)
    {
        _ = SyntheticDirectory.Initiatives(100, seed: 1).Count();   // loads the place table and warms up
        for (var run = 1; run <= 3; run++)
        {
            var started = Stopwatch.GetTimestamp();
            var drawn = SyntheticDirectory.Initiatives(count, seed: 1).Count();
            output.WriteLine($"run {run}: {drawn:N0} initiatives drawn in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms");
        }

        var places = BelgianPlaces.Belgium.PostalPlaces;
        var random = new Random(1);
        var points = Enumerable.Range(0, count).Select(_ => new GeoPoint(49.5 + random.NextDouble() * 2, 2.6 + random.NextDouble() * 3.7)).ToList();
        var scan = Stopwatch.GetTimestamp();
        var checksum = 0;
        foreach (var point in points)
        {
            var kmPerDegreeLongitude = 111.32 * Math.Cos(point.Latitude * Math.PI / 180);
            var (best, bestDistance) = (0, double.MaxValue);
            for (var i = 0; i < places.Count; i++)
            {
                var dx = (places[i].Centre.Longitude - point.Longitude) * kmPerDegreeLongitude;
                var dy = (places[i].Centre.Latitude - point.Latitude) * 110.57;
                var distance = dx * dx + dy * dy;
                if (distance < bestDistance) (best, bestDistance) = (i, distance);
            }
            checksum += best;
        }
        output.WriteLine($"a full scan of {places.Count:N0} places for {count:N0} points: {Stopwatch.GetElapsedTime(scan).TotalMilliseconds:N0} ms (checksum {checksum})");
    }
}
