using Cartography.Core.Cultures;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Cartography.Search.FullText;

/// <summary>One culture's analyzers: stemmed words, folded unstemmed words, and the per-field mix used to index.</summary>
internal sealed class CultureAnalyzers : IDisposable
{
    public CultureAnalyzers(Culture culture)
    {
        Stemmed = new CultureAnalyzer(culture, stem: true);
        Folded = new CultureAnalyzer(culture, stem: false);
        Indexing = new PerFieldAnalyzerWrapper(Stemmed, SearchField.All.ToDictionary(f => f.PrefixName, _ => (Analyzer)Folded));
    }

    public Analyzer Stemmed { get; }

    public Analyzer Folded { get; }

    public Analyzer Indexing { get; }

    public void Dispose()
    {
        Stemmed.Dispose();
        Folded.Dispose();
    }
}
