using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cartography.Search.FullText;

/// <summary>A searcher that knows, for every document of every segment, the initiative id it stands for.</summary>
internal sealed class IdentifiedSearcher : IndexSearcher
{
    private readonly Guid[][] idsByLeaf;

    public IdentifiedSearcher(IndexReader reader, Func<AtomicReader, Guid[]> idsOf) : base(reader) =>
        idsByLeaf = reader.Leaves.Select(leaf => idsOf(leaf.AtomicReader)).ToArray();

    /// <summary>The ids of a segment's documents, by segment document number.</summary>
    public Guid[] IdsOf(AtomicReaderContext leaf) => idsByLeaf[leaf.Ord];
}
