using Cartography.Core.Cultures;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Util;

namespace Cartography.Search.FullText;

/// <summary>Lucene's stop words per culture, accent-free, because the stop filter runs after folding.</summary>
internal static class FoldedStopWords
{
    private static readonly CharArraySet French = Fold(FrenchAnalyzer.DefaultStopSet);
    private static readonly CharArraySet Dutch = Fold(DutchAnalyzer.DefaultStopSet);
    private static readonly CharArraySet English = Fold(EnglishAnalyzer.DefaultStopSet);

    public static CharArraySet For(Culture culture) =>
        culture == Culture.Fr ? French : culture == Culture.Nl ? Dutch : English;

    // Folding the list too means "ete" typed without accents is dropped exactly like "été".
    private static CharArraySet Fold(CharArraySet words) =>
        new CharArraySet(LuceneSettings.Version, words.Select(TextFolding.Fold).ToList(), ignoreCase: false).AsReadOnly();
}
