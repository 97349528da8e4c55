using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Cartography.Search.FullText;

/// <summary>
/// Lower-cases each word char by char with the invariant culture. Lucene's <c>LowerCaseFilter</c> does the same by
/// code point through the culture machinery, which was a tenth of the index build; every letter our three
/// languages use is in the Basic Multilingual Plane, where both give the same result.
/// </summary>
internal sealed class InvariantLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute term;

    public InvariantLowerCaseFilter(TokenStream input) : base(input) => term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = term.Buffer;
        for (var i = 0; i < term.Length; i++)
        {
            var c = buffer[i];
            // Most letters are ASCII; the others go through the culture tables, which cost far more per call.
            buffer[i] = char.IsAscii(c) ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
        }
        return true;
    }
}
