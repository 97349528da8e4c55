using System.Text.Json;
using Cartography.Search.Map;
using Cartography.Search.Searching;

namespace Cartography.Benchmarks;

/// <summary>How many bytes the map part of an answer weighs, per directory size and view: it must not grow with the hits.</summary>
public static class PayloadReport
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("| initiatives | request | hits | features | map JSON |");
        output.WriteLine("| ---: | --- | ---: | ---: | ---: |");
        foreach (var count in new[] { 1_000, 10_000, 100_000 })
        {
            using var directory = BenchDirectory.Create(count);
            foreach (var (name, query, map) in new[]
            {
                ("no filter, Belgium at zoom 8", Requests.Everything, Requests.BelgiumView),
                ("text + 2 facets, Belgium at zoom 8", Requests.TextAndTwoFacets, Requests.BelgiumView),
                ("no filter, Brussels at zoom 11", Requests.Everything, Requests.CityView),
            })
            {
                var result = directory.Search.Search(query, map);
                var bytes = JsonSerializer.SerializeToUtf8Bytes(result.Map!.Features, MapLayer.JsonOptions).Length;
                output.WriteLine($"| {count:N0} | {name} | {result.Total:N0} | {result.Map.Features.Count} | {bytes / 1024.0:0.0} KB |");
            }
        }
    }
}
