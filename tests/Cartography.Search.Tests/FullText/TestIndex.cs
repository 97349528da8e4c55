using Cartography.Core.Cultures;
using Cartography.Search.FullText;

namespace Cartography.Search.Tests.FullText;

/// <summary>A real on-disk <see cref="InitiativeIndex"/> in a temporary folder, answering with initiative names.</summary>
public sealed class TestIndex : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly Dictionary<Guid, string> names = [];

    public TestIndex() => Index = InitiativeIndex.Open(Folder);

    public static TestIndex With(params IndexDocument[] documents)
    {
        var index = new TestIndex();
        index.Rebuild(documents);
        return index;
    }

    public InitiativeIndex Index { get; private set; }

    public string Folder => folder.Path;

    public void Rebuild(IEnumerable<IndexDocument> documents, long sequence = 1)
    {
        var list = documents.ToList();
        names.Clear();
        Remember(list);
        Index.Rebuild(list, sequence);
    }

    public void Apply(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<Guid> deletions, long sequence)
    {
        Remember(upserts);
        Index.Apply(upserts, deletions, sequence);
    }

    /// <summary>Names of the initiatives found, alphabetically; fails if the text was not treated as a filter.</summary>
    public IReadOnlyList<string> Found(Culture culture, string text)
    {
        var hits = Index.Search(culture, text);
        Assert.NotNull(hits);
        return hits.Ids.Select(NameOf).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Names of the initiatives found, most relevant first.</summary>
    public IReadOnlyList<string> Ranked(Culture culture, string text)
    {
        var hits = Index.Search(culture, text);
        Assert.NotNull(hits);
        return hits.Ids.Zip(hits.Scores).OrderByDescending(hit => hit.Second).Select(hit => NameOf(hit.First)).ToList();
    }

    public void Reopen()
    {
        Index.Dispose();
        Index = InitiativeIndex.Open(Folder);
    }

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }

    private string NameOf(Guid id) => names[id];

    private void Remember(IEnumerable<IndexDocument> documents)
    {
        foreach (var document in documents) names[document.Id] = document.Name.For(Culture.Fr).Text;
    }
}
