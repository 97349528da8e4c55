using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Cartography.Search.FullText;

/// <summary>
/// Makes <see cref="IdentifiedSearcher"/>s. Segments never change once written, so a segment's ids are read once
/// and kept for as long as the segment lives; a refresh after a small update reads only the new segments.
/// </summary>
internal sealed class IdentifiedSearcherFactory : SearcherFactory
{
    private readonly ConditionalWeakTable<object, Guid[]> idsBySegment = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new IdentifiedSearcher(reader, IdsOf);

    private Guid[] IdsOf(AtomicReader segment) =>
        idsBySegment.GetValue(segment.CoreCacheKey, _ => ReadIds(segment));

    private static Guid[] ReadIds(AtomicReader segment)
    {
        var ids = new Guid[segment.MaxDoc];
        var values = segment.GetBinaryDocValues(StoredFields.IdBytes);
        if (values is null) return ids;
        var bytes = new BytesRef();
        for (var doc = 0; doc < ids.Length; doc++)
        {
            values.Get(doc, bytes);
            ids[doc] = new Guid(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
        }
        return ids;
    }
}
