using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>How the Dutch index understands words: inflections, compounds as typed, diaereses.</summary>
public sealed class DutchSearchTests : IDisposable
{
    private readonly TestIndex index = TestIndex.With(
        Dutch("Ervaringsdeskundigen in de zorg", "Wij luisteren.", city: "Gent"),
        Dutch("Praatgroep", "Een ervaringsdeskundige begeleidt de groep.", city: "Antwerpen"),
        Dutch("Coöperatie Herstel", "Samen sterker."),
        Dutch("Opvang", "Voor wie dakloos is."));

    public void Dispose() => index.Dispose();

    private IReadOnlyList<string> Found(string text) => index.Found(Culture.Nl, text);

    // The inflected word comes first so that only stemming, not prefix matching of the last word, can find it.
    [Theory]
    [InlineData("ervaringsdeskundige gent")]
    [InlineData("ervaringsdeskundigen gent")]
    public void Dutch_search_finds_singular_and_plural_alike(string text)
    {
        Assert.Equal(["Ervaringsdeskundigen in de zorg"], Found(text));
    }

    [Theory]
    [InlineData("ervaringsdeskundigen antwerpen")]
    [InlineData("ervaringsdeskundige antwerpen")]
    public void Dutch_search_finds_the_plural_from_the_singular_and_back(string text)
    {
        Assert.Equal(["Praatgroep"], Found(text));
    }

    [Theory]
    [InlineData("cooperatie")]
    [InlineData("coöperatie")]
    [InlineData("COOPERATIE")]
    public void Dutch_search_ignores_the_diaeresis(string text)
    {
        Assert.Equal(["Coöperatie Herstel"], Found(text));
    }

    [Fact]
    public void Dutch_search_finds_the_adjective_from_the_noun()
    {
        Assert.Equal(["Opvang"], Found("dakloosheid"));
    }

    [Fact]
    public void Dutch_search_finds_a_long_word_of_a_name_from_its_beginning()
    {
        Assert.Equal(["Ervaringsdeskundigen in de zorg"], Found("ervarings"));
        Assert.Equal(["Ervaringsdeskundigen in de zorg", "Praatgroep"], Found("ervaringsdeskundige"));
    }

    [Fact]
    public void Dutch_words_are_stemmed_alike_before_and_after_the_stemmer_stops_remembering()
    {
        // The stemmer remembers a bounded number of words; this description alone is more than that.
        var manyWords = string.Join(' ', Enumerable.Range(0, 60_000).Select(n => $"woord{n}"));
        using var large = TestIndex.With(
            Dutch("Ervaringsdeskundigen in de zorg", "Wij luisteren."),
            Dutch("Woordenlijst", manyWords),
            Dutch("Praatgroep", "Een ervaringsdeskundige begeleidt de groep."));

        // The inflected word comes first, so only its stem can match (as above).
        Assert.Equal(["Ervaringsdeskundigen in de zorg"], large.Found(Culture.Nl, "ervaringsdeskundige zorg"));
        Assert.Equal(["Praatgroep"], large.Found(Culture.Nl, "ervaringsdeskundigen begeleidt"));
        Assert.Equal(["Woordenlijst"], large.Found(Culture.Nl, "woord59999 woord3"));
    }
}
