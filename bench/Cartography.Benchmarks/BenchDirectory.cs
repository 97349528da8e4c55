using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Seeding;
using Cartography.Data.Synthetic;
using Cartography.Search.FullText;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;

namespace Cartography.Benchmarks;

/// <summary>
/// A directory of N synthetic initiatives (the <c>generate</c> verb's data), held in memory with a real on-disk
/// full-text index in a temporary folder: what a site holds after start-up.
/// </summary>
public sealed class BenchDirectory : IDisposable
{
    public const int Seed = 1;

    private BenchDirectory(DirectorySnapshot snapshot, InitiativeIndex index, string folder)
    {
        Snapshot = snapshot;
        Index = index;
        Folder = folder;
        var model = new DirectoryReadModel();
        model.Replace(snapshot);
        Search = new DirectorySearch(model, index, (culture, initiative) => $"/{culture.Code}/initiatives/{initiative.Slug.For(culture).Text}");
    }

    public DirectorySnapshot Snapshot { get; }
    public InitiativeIndex Index { get; }
    public DirectorySearch Search { get; }
    public string Folder { get; }

    public static DirectorySnapshot BuildSnapshot(int count)
    {
        var organisations = SyntheticDirectory.Organisations(Seed).Select(o => new Published<Organisation>(o.Id, o.Content)).ToList();
        var initiatives = SyntheticDirectory.Initiatives(count, Seed)
            .Select((initiative, n) => new Published<Initiative>(SyntheticDirectory.IdOf(SyntheticDirectory.InitiativeKey(Seed, n + 1)), initiative))
            .ToList();
        return new DirectorySnapshot(initiatives, organisations, [], [], new TermSet(SeedContentImporter.ReadTaxonomyFile(TaxonomyFile())));
    }

    public static BenchDirectory Create(int count)
    {
        var snapshot = BuildSnapshot(count);
        var folder = Path.Combine(Path.GetTempPath(), "cartography-bench", $"{count}-{Guid.NewGuid():n}");
        var index = InitiativeIndex.Open(folder);
        index.Rebuild(snapshot.Initiatives.Select(snapshot.IndexDocumentOf), sequence: 1);
        // Warm what the first request would otherwise build: facet columns, name order, map points.
        _ = snapshot.Columns;
        _ = snapshot.NameOrder(Culture.Fr);
        _ = snapshot.Points;
        return new BenchDirectory(snapshot, index, folder);
    }

    public void Dispose()
    {
        Index.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static string TaxonomyFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, "content", "taxonomy.yaml");
            if (File.Exists(file)) return file;
        }
        throw new FileNotFoundException("content/taxonomy.yaml not found above " + AppContext.BaseDirectory);
    }
}
