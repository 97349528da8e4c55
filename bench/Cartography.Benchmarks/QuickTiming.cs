using System.Diagnostics;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;

namespace Cartography.Benchmarks;

/// <summary>
/// A quick look while working (`quick [count]`): each request repeated, median and p95 by stopwatch. BenchmarkDotNet's
/// figures are the reference; this only says in a minute whether a change went the right way.
/// </summary>
public static class QuickTiming
{
    public static void Print(TextWriter output, int count)
    {
        using var directory = BenchDirectory.Create(count);
        foreach (var (name, query, map) in new (string, InitiativeQuery, MapRequest?)[]
        {
            ("text + 2 facets + Belgium clusters", Requests.TextAndTwoFacets, Requests.BelgiumView),
            ("no filter + Belgium clusters", Requests.Everything, Requests.BelgiumView),
            ("prefix + province + city clusters", Requests.PrefixAndProvince, Requests.CityView),
            ("text + 2 facets, no map", Requests.TextAndTwoFacets, null),
        })
        {
            for (var i = 0; i < 20; i++) directory.Search.Search(query, map);
            var times = new List<double>();
            for (var i = 0; i < 200; i++)
            {
                var started = Stopwatch.GetTimestamp();
                directory.Search.Search(query, map);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            times.Sort();
            output.WriteLine($"{count,7:N0}  {name,-36} median {times[100],6:0.00} ms   p95 {times[190],6:0.00} ms");
        }
    }
}
