using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball;

namespace Cartography.Search.FullText;

/// <summary>
/// Lucene's <c>SnowballFilter</c>, remembering the stems it has computed. Snowball's Dutch stemmer was the
/// costliest step of building the index, while a directory's texts repeat the same few thousand words, so most
/// words are stemmed once. The memory is bounded: past <see cref="MaxRemembered"/> words, the rest are stemmed
/// each time. Words marked as keywords are left alone, as by <c>SnowballFilter</c>.
/// </summary>
internal sealed class RememberingSnowballFilter : TokenFilter
{
    public const int MaxRemembered = 50_000;

    private readonly SnowballProgram stemmer;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public RememberingSnowballFilter(TokenStream input, SnowballProgram stemmer) : base(input)
    {
        this.stemmer = stemmer;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (keyword.IsKeyword) return true;
        var word = term.Buffer.AsSpan(0, term.Length);
        if (!lookup.TryGetValue(word, out var stem))
        {
            stemmer.SetCurrent(term.Buffer, term.Length);
            stemmer.Stem();
            stem = new string(stemmer.CurrentBuffer, 0, stemmer.CurrentBufferLength);
            if (stems.Count < MaxRemembered) stems[word.ToString()] = stem;
        }
        term.SetEmpty().Append(stem);
        return true;
    }
}
