using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>Which initiatives a text finds: every word, in any field, the last one as a prefix.</summary>
public sealed class SearchSemanticsTests : IDisposable
{
    private readonly TestIndex index = TestIndex.With(
        French("Maison du rétablissement", "Accueil de jour.", city: "Liège", organisation: "Similes"),
        French("Maison des familles", "Soutien aux proches.", city: "Namur"),
        French("Ligne d'écoute", "Écoute et rétablissement.", city: "Liège"));

    public void Dispose() => index.Dispose();

    private IReadOnlyList<string> Found(string text) => index.Found(Culture.Fr, text);

    [Fact]
    public void Every_word_must_match()
    {
        Assert.Equal(["Maison des familles", "Maison du rétablissement"], Found("maison"));
        Assert.Equal(["Maison du rétablissement"], Found("maison liège"));
        Assert.Empty(Found("maison bruxelles"));
    }

    [Fact]
    public void Each_word_may_match_a_different_field()
    {
        Assert.Equal(["Maison du rétablissement"], Found("similes jour liège maison"));
    }

    [Fact]
    public void A_text_missing_from_one_initiative_is_not_taken_from_the_one_indexed_before_it()
    {
        // Documents are built with reused fields; the second initiative has no organisation.
        Assert.Equal(["Maison du rétablissement"], Found("similes"));
        Assert.Equal(["Maison des familles"], Found("namur"));
    }

    [Theory]
    [InlineData("réta")]
    [InlineData("reta")]
    [InlineData("rétablissemen")]
    public void The_last_word_also_matches_the_beginning_of_a_word_in_a_name(string text)
    {
        // "Ligne d'écoute" has the word in its description only: descriptions match whole words, not beginnings.
        Assert.Equal(["Maison du rétablissement"], Found(text));
    }

    [Fact]
    public void Only_the_last_word_matches_as_a_beginning()
    {
        Assert.Equal(["Maison du rétablissement"], Found("maison réta"));
        Assert.Empty(Found("réta maison"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?! ... ---")]
    [InlineData("le la les de du")]
    [InlineData("*")]
    public void Text_without_a_searchable_word_applies_no_filter(string text)
    {
        Assert.Null(index.Index.Search(Culture.Fr, text));
    }

    [Fact]
    public void Null_text_applies_no_filter()
    {
        Assert.Null(index.Index.Search(Culture.Fr, null));
    }

    [Fact]
    public void Stop_words_mixed_with_real_words_are_ignored()
    {
        Assert.Equal(["Maison des familles"], Found("la maison des familles"));
    }

    [Fact]
    public void Text_that_matches_nothing_gives_empty_hits_not_no_filter()
    {
        var hits = index.Index.Search(Culture.Fr, "zanzibar");
        Assert.NotNull(hits);
        Assert.Equal(0, hits.Count);
    }

    [Fact]
    public void Hits_hold_one_positive_score_per_id()
    {
        var hits = index.Index.Search(Culture.Fr, "liège");
        Assert.NotNull(hits);
        Assert.Equal(2, hits.Count);
        Assert.Equal(hits.Count, hits.Ids.Length);
        Assert.Equal(hits.Count, hits.Scores.Length);
        Assert.All(hits.Scores, score => Assert.True(score > 0));
        Assert.Equal(2, hits.Ids.Distinct().Count());
    }

    [Fact]
    public void Letters_outside_the_latin_alphabet_are_lower_cased_too()
    {
        using var other = TestIndex.With(French("ΣΠΙΤΙ Дом", "Accueil."));

        Assert.Equal(["ΣΠΙΤΙ Дом"], other.Found(Culture.Fr, "σπιτι дом"));
        Assert.Equal(["ΣΠΙΤΙ Дом"], other.Found(Culture.Fr, "ДОМ"));
    }
}
