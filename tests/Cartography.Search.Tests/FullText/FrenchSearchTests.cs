using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>How the French index understands words: accents, plurals, elided articles.</summary>
public sealed class FrenchSearchTests : IDisposable
{
    private readonly TestIndex index = TestIndex.With(
        French("Espace rétablissement", "Un lieu pour se poser."),
        French("Pair-aidant en santé mentale", "Un pair vous accompagne."),
        French("Permanence à l'hôpital", "Des bénévoles au chevet."),
        French("Soutien mobile", "L'équipe se déplace chez vous."),
        French("Cœur à cœur", "Groupe de parole."),
        French("Maison des familles", "Accueil des proches."));

    public void Dispose() => index.Dispose();

    private IReadOnlyList<string> Found(string text) => index.Found(Culture.Fr, text);

    [Theory]
    [InlineData("retablissement")]
    [InlineData("Rétablissement")]
    [InlineData("RETABLISSEMENT")]
    [InlineData("RÉTABLISSEMENT")]
    [InlineData("re\u0301tablissement")]
    public void French_search_ignores_accents_and_case(string text)
    {
        Assert.Equal(["Espace rétablissement"], Found(text));
    }

    [Fact]
    public void French_search_finds_a_circumflex_word_typed_without_it()
    {
        Assert.Equal(["Permanence à l'hôpital"], Found("hopital"));
    }

    [Theory]
    [InlineData("pair-aidants")]
    [InlineData("pairs aidants")]
    [InlineData("pairs-aidants mentale")]
    public void French_search_finds_the_singular_from_the_plural(string text)
    {
        Assert.Equal(["Pair-aidant en santé mentale"], Found(text));
    }

    [Fact]
    public void French_search_finds_the_singular_from_an_irregular_plural()
    {
        Assert.Equal(["Permanence à l'hôpital"], Found("hôpitaux"));
    }

    [Theory]
    [InlineData("equipe")]
    [InlineData("équipe")]
    [InlineData("l'équipe")]
    [InlineData("l’equipe")]
    public void French_search_ignores_elided_articles(string text)
    {
        Assert.Equal(["Soutien mobile"], Found(text));
    }

    [Theory]
    [InlineData("coeur")]
    [InlineData("cœur")]
    [InlineData("COEUR")]
    public void French_search_reads_the_oe_ligature_as_oe(string text)
    {
        Assert.Equal(["Cœur à cœur"], Found(text));
    }

    [Fact]
    public void French_search_matches_whole_words_not_fragments_inside_them()
    {
        Assert.Empty(Found("tablissement"));
    }
}
