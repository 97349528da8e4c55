using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cartography.Search.FullText;

/// <summary>Collects every hit as (id, score) into growing arrays: no priority queue, no stored field read.</summary>
internal sealed class HitCollector(IdentifiedSearcher searcher) : ICollector
{
    private Guid[] ids = new Guid[256];
    private float[] scores = new float[256];
    private int count;
    private Guid[] segmentIds = [];
    private Scorer? scorer;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => segmentIds = searcher.IdsOf(context);

    public void Collect(int doc)
    {
        if (count == ids.Length)
        {
            Array.Resize(ref ids, count * 2);
            Array.Resize(ref scores, count * 2);
        }
        ids[count] = segmentIds[doc];
        scores[count] = scorer!.GetScore();
        count++;
    }

    public TextHits ToHits() => count == 0 ? TextHits.None : new TextHits(ids[..count], scores[..count]);
}
