using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Cartography.Search.FullText;

/// <summary>
/// Lucene queries built term by term from analyzed words, never parsed from user input,
/// so that quotes, brackets or <c>AND</c> in the search box are only text.
/// </summary>
internal static class TextQueries
{
    /// <summary>Every word in some field (the last one possibly as a prefix), name first, then organisation and city, then description.</summary>
    public static Query ForSearch(CultureAnalyzers analyzers, QueryWords words)
    {
        var query = new BooleanQuery();
        foreach (var word in words.Complete)
            query.Add(AnyField(analyzers, word, asPrefix: false), Occur.MUST);
        query.Add(AnyField(analyzers, words.Last, asPrefix: true), Occur.MUST);
        return query;
    }

    /// <summary>Names with a word starting with each typed word; whole words and short names score higher.</summary>
    public static Query ForSuggestions(QueryWords words)
    {
        var field = SearchField.InitiativeName.PrefixName;
        var query = new BooleanQuery();
        foreach (var word in words.Complete.Append(words.Last))
        {
            query.Add(new PrefixQuery(new Term(field, word)), Occur.MUST);
            query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
        }
        return query;
    }

    private static Query AnyField(CultureAnalyzers analyzers, string word, bool asPrefix)
    {
        var stems = Tokens.Of(analyzers.Stemmed, word);
        // A sum over fields rather than a dis-max: alone in a query, a pure disjunction gets Lucene's fast bucket scorer.
        var query = new BooleanQuery(disableCoord: true);
        foreach (var field in SearchField.All)
        {
            foreach (var stem in stems)
                query.Add(new TermQuery(new Term(field.Name, stem)) { Boost = field.Boost }, Occur.SHOULD);
            if (asPrefix && field.Prefix)
                query.Add(new PrefixQuery(new Term(field.PrefixName, word)) { Boost = field.Boost }, Occur.SHOULD);
        }
        return query;
    }
}
