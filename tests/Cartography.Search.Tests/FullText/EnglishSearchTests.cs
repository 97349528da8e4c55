using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>How the English index understands words: plurals and possessives.</summary>
public sealed class EnglishSearchTests : IDisposable
{
    private readonly TestIndex index = TestIndex.With(
        English("Recovery college", "Courses by people with lived experience.", city: "Brussels"),
        English("Stories of recoveries", "A reading circle.", city: "Leuven"),
        English("Peer worker desk", "Ask a peer worker."),
        English("Parents' corner", "For mothers and fathers."));

    public void Dispose() => index.Dispose();

    private IReadOnlyList<string> Found(string text) => index.Found(Culture.En, text);

    [Theory]
    [InlineData("recovery")]
    [InlineData("recoveries")]
    public void English_search_finds_singular_and_plural_alike(string text)
    {
        Assert.Equal(["Recovery college", "Stories of recoveries"], Found(text));
    }

    [Fact]
    public void English_search_finds_the_singular_from_the_plural_of_every_word()
    {
        Assert.Equal(["Peer worker desk"], Found("peer workers"));
        Assert.Equal(["Peer worker desk"], Found("peers workers"));
    }

    [Theory]
    [InlineData("parent")]
    [InlineData("parents")]
    [InlineData("parent's")]
    public void English_search_ignores_possessives(string text)
    {
        Assert.Equal(["Parents' corner"], Found(text));
    }

    [Fact]
    public void English_search_ignores_case_and_accents()
    {
        Assert.Equal(["Recovery college"], Found("COLLÈGE"));
    }
}
