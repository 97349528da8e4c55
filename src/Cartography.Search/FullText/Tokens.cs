using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cartography.Search.FullText;

internal static class Tokens
{
    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>, at most <paramref name="max"/>.</summary>
    public static List<string> Of(Analyzer analyzer, string text, int max = int.MaxValue)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(string.Empty, Composed(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < max && stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>
    /// <paramref name="text"/> with accents composed; the analyzers expect it so, as a decomposed "é" (e + U+0301)
    /// would keep its accent through ASCII folding. Returns the same string when it already is.
    /// </summary>
    public static string Composed(string text) =>
        Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
