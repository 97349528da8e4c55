using BenchmarkDotNet.Attributes;
using Cartography.Search.Searching;

namespace Cartography.Benchmarks;

/// <summary>One search request in process: text through the index, facets and map clustering over the snapshot.</summary>
[MemoryDiagnoser]
[MinColumn, MaxColumn, Q3Column]
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks
{
    private BenchDirectory directory = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Initiatives { get; set; }

    [GlobalSetup]
    public void Setup() => directory = BenchDirectory.Create(Initiatives);

    [GlobalCleanup]
    public void Cleanup() => directory.Dispose();

    [Benchmark(Description = "text + 2 facets + Belgium clusters")]
    public SearchResult TextTwoFacetsBelgium() => directory.Search.Search(Requests.TextAndTwoFacets, Requests.BelgiumView);

    [Benchmark(Description = "text + 2 facets + city clusters")]
    public SearchResult TextTwoFacetsCity() => directory.Search.Search(Requests.TextAndTwoFacets, Requests.CityView);

    [Benchmark(Description = "no filter + Belgium clusters")]
    public SearchResult EverythingBelgium() => directory.Search.Search(Requests.Everything, Requests.BelgiumView);

    [Benchmark(Description = "prefix + province + city clusters")]
    public SearchResult PrefixProvinceCity() => directory.Search.Search(Requests.PrefixAndProvince, Requests.CityView);
}
