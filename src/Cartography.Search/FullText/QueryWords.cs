namespace Cartography.Search.FullText;

/// <summary>
/// The words of what a visitor typed, folded but unstemmed, stop words left out. The last one may be unfinished.
/// </summary>
internal sealed class QueryWords
{
    // Bounds the work a pasted novel can cause; further words would only narrow the hits.
    private const int MaxLength = 1_000;
    private const int MaxWords = 32;

    private QueryWords(IReadOnlyList<string> complete, string last)
    {
        Complete = complete;
        Last = last;
    }

    /// <summary>Words before the last, without duplicates.</summary>
    public IReadOnlyList<string> Complete { get; }

    /// <summary>The last word typed, matched as a whole word or as the start of one.</summary>
    public string Last { get; }

    /// <summary>The words of <paramref name="text"/>, or null when it has none worth searching.</summary>
    public static QueryWords? Of(CultureAnalyzers analyzers, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length > MaxLength) text = text[..MaxLength];
        var words = Tokens.Of(analyzers.Folded, text, MaxWords);
        if (words.Count == 0) return null;
        var last = words[^1];
        return new QueryWords(words.Take(words.Count - 1).Where(w => w != last).Distinct().ToList(), last);
    }
}
