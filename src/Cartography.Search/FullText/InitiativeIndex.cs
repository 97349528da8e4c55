using System.Runtime.ExceptionServices;
using Cartography.Core.Cultures;

namespace Cartography.Search.FullText;

/// <summary>
/// Full-text search over initiatives, one on-disk index per culture (subfolders fr, nl, en), each holding the
/// culture's text or its fallback. Searches may run on any number of threads while one write is applied.
/// </summary>
public sealed class InitiativeIndex : IDisposable
{
    private readonly Dictionary<Culture, CultureIndex> cultures;
    private readonly Lock writing = new();
    private volatile bool disposed;

    private InitiativeIndex(Dictionary<Culture, CultureIndex> cultures) => this.cultures = cultures;

    /// <summary>
    /// Opens the indexes under <paramref name="folder"/>, creating empty ones where there are none. Never throws for
    /// unreadable content: <see cref="Sequence"/> is then null and <see cref="Rebuild"/> starts afresh. Throws
    /// <see cref="InvalidOperationException"/> if another instance has the folder open, as only one writer may.
    /// </summary>
    public static InitiativeIndex Open(string folder)
    {
        var cultures = new Dictionary<Culture, CultureIndex>();
        try
        {
            foreach (var culture in Culture.All)
                cultures[culture] = CultureIndex.Open(Path.Combine(folder, culture.Code), culture);
        }
        catch
        {
            foreach (var index in cultures.Values) index.Dispose();
            throw;
        }
        return new InitiativeIndex(cultures);
    }

    /// <summary>
    /// The change-feed position the index reflects; null when it was never built, cannot be read, or its cultures
    /// disagree (a write interrupted between two cultures). Null means: call <see cref="Rebuild"/>.
    /// </summary>
    public long? Sequence
    {
        get
        {
            long? common = null;
            foreach (var index in cultures.Values)
            {
                var sequence = index.Sequence;
                if (sequence is null || (common is not null && common != sequence)) return null;
                common = sequence;
            }
            return common;
        }
    }

    /// <summary>Replaces the whole content with <paramref name="documents"/>, as of <paramref name="sequence"/>.</summary>
    public void Rebuild(IEnumerable<IndexDocument> documents, long sequence)
    {
        var all = documents as IReadOnlyCollection<IndexDocument> ?? documents.ToList();
        lock (writing)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            try
            {
                Parallel.ForEach(cultures.Values, index => index.Replace(all, sequence));
            }
            catch (AggregateException exception) when (exception.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Throw(exception.InnerExceptions[0]);
            }
        }
    }

    /// <summary>
    /// Adds or replaces <paramref name="upserts"/> by id and removes <paramref name="deletions"/> (a deletion wins over
    /// an upsert of the same id). Throws <see cref="InvalidOperationException"/> when <see cref="Sequence"/> is null
    /// because a culture is unreadable: rebuild first.
    /// </summary>
    public void Apply(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<Guid> deletions, long sequence)
    {
        lock (writing)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            // Checked for all cultures first, so a refused update leaves every culture as it was.
            if (cultures.Values.FirstOrDefault(index => !index.IsReadable) is { } unreadable)
                throw new InvalidOperationException($"The '{unreadable.Culture}' full-text index is unreadable; rebuild it.");
            foreach (var index in cultures.Values) index.Apply(upserts, deletions, sequence);
        }
    }

    /// <summary>
    /// Every initiative whose texts in <paramref name="culture"/> hold every word of <paramref name="text"/>, the last
    /// word also as the start of a word. Null when the text has no word to search for (empty, punctuation, only stop
    /// words): apply no text filter then. Never throws for odd input; it is not parsed as Lucene syntax.
    /// An unreadable culture (see <see cref="Sequence"/>) finds nothing until rebuilt.
    /// </summary>
    public TextHits? Search(Culture culture, string? text)
    {
        var ids = new List<Guid>();
        var scores = new List<float>();
        return Search(culture, text, (id, score) => { ids.Add(id); scores.Add(score); })
            ? ids.Count == 0 ? TextHits.None : new TextHits([.. ids], [.. scores])
            : null;
    }

    /// <summary>
    /// The same search, handing each hit to <paramref name="hit"/> as it is found rather than collecting them: a
    /// common word at 100,000 initiatives is tens of thousands of hits. False when the text has no searchable word.
    /// </summary>
    public bool Search(Culture culture, string? text, Action<Guid, float> hit)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return cultures[culture].Search(text, hit);
    }

    /// <summary>Up to <paramref name="max"/> initiatives whose name has a word starting with each typed word, best first.</summary>
    public IReadOnlyList<Suggestion> Suggest(Culture culture, string? prefix, int max)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return cultures[culture].Suggest(prefix, max);
    }

    public void Dispose()
    {
        lock (writing)
        {
            if (disposed) return;
            disposed = true;
            foreach (var index in cultures.Values) index.Dispose();
        }
    }
}
