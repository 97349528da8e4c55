using Cartography.Core.Cultures;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Cartography.Search.FullText;

/// <summary>
/// Words of one culture's text: lower-case, accent-free, without stop words, and stemmed unless
/// <paramref name="stem"/> is false (the unstemmed variant serves prefix matching and suggestions).
/// </summary>
internal sealed class CultureAnalyzer(Culture culture, bool stem) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        // French articles in every culture: an initiative written only in French is indexed as nl and en text too.
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        if (culture == Culture.En) stream = new EnglishPossessiveFilter(LuceneSettings.Version, stream);
        stream = new InvariantLowerCaseFilter(stream);
        // Fold before stemming so that the stemmer sees "coeur" whether "cœur" or "coeur" was typed.
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneSettings.Version, stream, FoldedStopWords.For(culture));
        if (stem) stream = Stemmed(stream);
        return new TokenStreamComponents(source, stream);
    }

    private TokenStream Stemmed(TokenStream stream)
    {
        if (culture == Culture.Fr) return new FrenchLightStemFilter(stream);
        // Snowball rather than Kraaij-Pohlmann: KP strips "ge-" and makes "gezondheid" into "zon".
        if (culture == Culture.Nl) return new RememberingSnowballFilter(stream, new DutchStemmer());
        // KStem rather than Porter: it conflates plurals and possessives but keeps real words ("housing", not "hous").
        return new KStemFilter(stream);
    }
}
