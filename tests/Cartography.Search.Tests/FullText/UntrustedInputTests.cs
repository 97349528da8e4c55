using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>Whatever a visitor types is text: Lucene query syntax is neither parsed nor able to fail a search.</summary>
public sealed class UntrustedInputTests : IDisposable
{
    private readonly TestIndex index = TestIndex.With(
        French("Foo et compagnie", "Groupe AND entraide."),
        French("Autre groupe", "Rien à voir."));

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("\"(foo AND")]
    [InlineData("*")]
    [InlineData("~")]
    [InlineData("foo~2")]
    [InlineData("fo*")]
    [InlineData("name:foo")]
    [InlineData("[a TO z]")]
    [InlineData("+foo -bar")]
    [InlineData("foo^10 || !bar && (baz")]
    [InlineData("\\")]
    [InlineData("/regex/")]
    [InlineData("{}[]()^\"~*?:\\/+-!&|")]
    [InlineData("AND OR NOT")]
    [InlineData("\0\u0001\uFFFF")]
    [InlineData("\uD83D\uDE00 🙂")]
    public void Query_syntax_characters_are_searched_as_text_without_throwing(string text)
    {
        foreach (var culture in Culture.All)
        {
            index.Index.Search(culture, text);
            index.Index.Suggest(culture, text, 5);
        }
    }

    [Fact]
    public void Words_around_syntax_characters_are_still_found()
    {
        Assert.Equal(["Foo et compagnie"], index.Found(Culture.Fr, "\"(foo AND"));
        Assert.Equal(["Foo et compagnie"], index.Found(Culture.Fr, "foo~"));
        Assert.Equal(["Foo et compagnie"], index.Found(Culture.Fr, "(foo)"));
    }

    [Fact]
    public void Very_long_input_is_searched_without_error()
    {
        var words = string.Join(' ', Enumerable.Repeat("foo groupe entraide", 50_000));
        Assert.Equal(["Foo et compagnie"], index.Found(Culture.Fr, words));
        Assert.True(index.Index.Search(Culture.Fr, new string('x', 100_000)) is null or { Count: 0 });
        Assert.NotNull(index.Index.Search(Culture.Nl, string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"w{i}"))));
        Assert.Empty(index.Index.Suggest(Culture.En, new string('y', 100_000), 5));
    }
}
