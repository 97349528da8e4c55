using Cartography.Core.Cultures;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cartography.Search.FullText;

/// <summary>
/// The index of one culture, in its own folder. Unreadable when the folder holds something Lucene cannot open:
/// it then finds nothing until <see cref="Replace"/> recreates it.
/// </summary>
internal sealed class CultureIndex : IDisposable
{
    private static readonly Sort SuggestionOrder = new(SortField.FIELD_SCORE, new SortField(StoredFields.NameOrder, SortFieldType.STRING));
    private static readonly HashSet<string> SuggestionFields = [StoredFields.Id, SearchField.InitiativeName.Name];

    private readonly string path;
    private readonly CultureAnalyzers analyzers;
    private readonly IdentifiedSearcherFactory searcherFactory = new();
    // Searches hold it shared; only swapping the Lucene index (recreate, reset) takes it exclusively.
    private readonly ReaderWriterLockSlim swap = new();
    private readonly Lock sequenceGate = new();
    private LuceneIndex? index;
    private long? sequence;

    private CultureIndex(string path, Culture culture)
    {
        this.path = path;
        Culture = culture;
        analyzers = new CultureAnalyzers(culture);
        index = LuceneIndex.TryOpen(path, analyzers.Indexing, searcherFactory);
        Sequence = index?.CommittedSequence;
    }

    public static CultureIndex Open(string path, Culture culture) => new(path, culture);

    public Culture Culture { get; }

    /// <summary>False when the folder held something Lucene could not open; only a rebuild makes it readable again.</summary>
    public bool IsReadable => index is not null;

    /// <summary>The change-feed position of the last commit; null if none or unreadable.</summary>
    public long? Sequence
    {
        get { lock (sequenceGate) return sequence; }
        private set { lock (sequenceGate) sequence = value; }
    }

    /// <summary>Replaces every document. The caller serialises writes.</summary>
    public void Replace(IReadOnlyCollection<IndexDocument> documents, long newSequence)
    {
        if (index is null) Swap(LuceneIndex.Recreate(path, analyzers.Indexing, searcherFactory));
        Write(writer =>
        {
            writer.DeleteAll();
            var lucene = new LuceneDocuments(Culture);
            foreach (var document in documents) writer.AddDocument(lucene.For(document));
        }, newSequence);
    }

    /// <summary>Adds or replaces <paramref name="upserts"/> by id, then deletes <paramref name="deletions"/>. The caller serialises writes.</summary>
    public void Apply(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<Guid> deletions, long newSequence)
    {
        Write(writer =>
        {
            var lucene = new LuceneDocuments(Culture);
            foreach (var document in upserts) writer.UpdateDocument(LuceneDocuments.IdTerm(document.Id), lucene.For(document));
            foreach (var id in deletions) writer.DeleteDocuments(LuceneDocuments.IdTerm(id));
        }, newSequence);
    }

    public bool Search(string? text, Action<Guid, float> hit)
    {
        var words = QueryWords.Of(analyzers, text);
        if (words is null) return false;
        var query = TextQueries.ForSearch(analyzers, words);
        return Read(searcher =>
        {
            searcher.Search(query, new HitCollector(searcher, hit));
            return true;
        }, true);
    }

    public IReadOnlyList<Suggestion> Suggest(string? prefix, int max)
    {
        var words = max > 0 ? QueryWords.Of(analyzers, prefix) : null;
        if (words is null) return [];
        var query = TextQueries.ForSuggestions(words);
        return Read<IReadOnlyList<Suggestion>>(searcher =>
        {
            var count = Math.Min(max, searcher.IndexReader.MaxDoc);
            if (count == 0) return [];
            return searcher.Search(query, null, count, SuggestionOrder).ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc, SuggestionFields))
                .Select(doc => new Suggestion(Guid.ParseExact(doc.Get(StoredFields.Id), "N"), doc.Get(SearchField.InitiativeName.Name) ?? string.Empty))
                .ToList();
        }, []);
    }

    private void Write(Action<IndexWriter> change, long newSequence)
    {
        var current = index ?? throw new InvalidOperationException($"The '{Culture}' full-text index is unreadable; rebuild it.");
        try
        {
            change(current.Writer);
            current.Commit(newSequence);
            Sequence = newSequence;
        }
        catch
        {
            Reset();
            throw;
        }
    }

    // After a failed write, reopen from the last commit so that half-applied changes are never committed later.
    private void Reset()
    {
        swap.EnterWriteLock();
        try
        {
            index?.Abandon();
            index = LuceneIndex.TryOpen(path, analyzers.Indexing, searcherFactory);
            Sequence = index?.CommittedSequence;
        }
        finally
        {
            swap.ExitWriteLock();
        }
    }

    private void Swap(LuceneIndex replacement)
    {
        swap.EnterWriteLock();
        try
        {
            index?.Dispose();
            index = replacement;
        }
        finally
        {
            swap.ExitWriteLock();
        }
    }

    private T Read<T>(Func<IdentifiedSearcher, T> read, T whenUnreadable)
    {
        swap.EnterReadLock();
        try
        {
            return index is null ? whenUnreadable : index.Read(read);
        }
        finally
        {
            swap.ExitReadLock();
        }
    }

    public void Dispose()
    {
        swap.EnterWriteLock();
        try
        {
            index?.Dispose();
            index = null;
        }
        finally
        {
            swap.ExitWriteLock();
        }
        swap.Dispose();
        analyzers.Dispose();
    }
}
