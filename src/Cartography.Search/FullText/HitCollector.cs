using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cartography.Search.FullText;

/// <summary>Hands every hit as (id, score) to a callback: no priority queue, no stored field read, no array to grow.</summary>
internal sealed class HitCollector(IdentifiedSearcher searcher, Action<Guid, float> hit) : ICollector
{
    private Guid[] segmentIds = [];
    private Scorer? scorer;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => segmentIds = searcher.IdsOf(context);

    public void Collect(int doc) => hit(segmentIds[doc], scorer!.GetScore());
}
