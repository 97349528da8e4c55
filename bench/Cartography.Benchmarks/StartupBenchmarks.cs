using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Cartography.Search.FullText;
using Cartography.Search.ReadModel;

namespace Cartography.Benchmarks;

/// <summary>
/// What start-up costs besides reading the database: building the index when it is missing or unreadable, or
/// opening the one on disk, and preparing the snapshot's arrays for the first request.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private DirectorySnapshot snapshot = null!;
    private string folder = null!;

    [Params(100_000)]
    public int Initiatives { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        snapshot = BenchDirectory.BuildSnapshot(Initiatives);
        folder = Path.Combine(Path.GetTempPath(), "cartography-bench", $"startup-{Guid.NewGuid():n}");
        using var index = InitiativeIndex.Open(folder);
        index.Rebuild(snapshot.Initiatives.Select(snapshot.IndexDocumentOf), sequence: 1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Benchmark(Description = "rebuild the index (3 cultures)")]
    public long? RebuildIndex()
    {
        var rebuilt = Path.Combine(Path.GetTempPath(), "cartography-bench", $"rebuild-{Guid.NewGuid():n}");
        try
        {
            using var index = InitiativeIndex.Open(rebuilt);
            index.Rebuild(snapshot.Initiatives.Select(snapshot.IndexDocumentOf), sequence: 1);
            return index.Sequence;
        }
        finally
        {
            Directory.Delete(rebuilt, recursive: true);
        }
    }

    [Benchmark(Description = "open the index on disk and search once")]
    public int OpenIndex()
    {
        using var index = InitiativeIndex.Open(folder);
        return index.Search(Core.Cultures.Culture.Fr, "pair")?.Count ?? 0;
    }

    [Benchmark(Description = "snapshot arrays: facets, name order, map points")]
    public int PrepareSnapshot()
    {
        var fresh = new DirectorySnapshot(snapshot.Initiatives, snapshot.Organisations, [], [], snapshot.Terms);
        return fresh.Columns.All.Count + fresh.NameOrder(Core.Cultures.Culture.Fr).Count + fresh.Points.Count;
    }
}
