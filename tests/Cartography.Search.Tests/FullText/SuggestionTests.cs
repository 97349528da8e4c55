using Cartography.Core.Cultures;
using Cartography.Search.FullText;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>The search box proposes initiatives whose name has words starting with what is typed.</summary>
public sealed class SuggestionTests : IDisposable
{
    private static readonly IndexDocument Translated = new(
        Guid.NewGuid(), LocalizedText.Of(fr: "Maison d'accueil", nl: "Onthaalhuis"), LocalizedText.Empty, null, null);

    private readonly TestIndex index = TestIndex.With(
        French("Écouter autrement", "Rien sur l'écoute ici."),
        French("Écoute", "Écoute."),
        French("Écoute active des parents solos"),
        French("Zen écoute"),
        French("Maison du rétablissement", "Écoute."),
        French("Permanence à l'hôpital"),
        Translated);

    public void Dispose() => index.Dispose();

    private IReadOnlyList<string> Names(Culture culture, string prefix, int max = 10) =>
        index.Index.Suggest(culture, prefix, max).Select(s => s.Name).ToList();

    [Fact]
    public void Suggestions_are_names_with_a_word_starting_with_each_typed_word()
    {
        Assert.Equal(["Maison du rétablissement"], Names(Culture.Fr, "maison réta"));
        Assert.Equal(["Maison du rétablissement"], Names(Culture.Fr, "réta mai"));
        Assert.Empty(Names(Culture.Fr, "maison accueilx"));
    }

    [Fact]
    public void Suggestions_look_at_names_only()
    {
        Assert.DoesNotContain("Maison du rétablissement", Names(Culture.Fr, "écoute"));
    }

    [Fact]
    public void Suggestions_ignore_accents_and_show_the_name_as_written()
    {
        Assert.Equal(["Permanence à l'hôpital"], Names(Culture.Fr, "HOPI"));
    }

    [Fact]
    public void Whole_words_and_short_names_come_first()
    {
        Assert.Equal(["Écoute", "Zen écoute", "Écoute active des parents solos", "Écouter autrement"], Names(Culture.Fr, "ecoute"));
    }

    [Fact]
    public void Suggestions_with_equal_scores_come_alphabetically()
    {
        using var alphabet = TestIndex.With(French("Groupe Charlie"), French("Groupe Alpha"), French("Groupe Bravo"));
        Assert.Equal(["Groupe Alpha", "Groupe Bravo", "Groupe Charlie"], alphabet.Index.Suggest(Culture.Fr, "gro", 10).Select(s => s.Name));
    }

    [Fact]
    public void At_most_max_suggestions_are_returned()
    {
        Assert.Equal(2, Names(Culture.Fr, "ecou", 2).Count);
        Assert.Empty(Names(Culture.Fr, "ecou", 0));
        Assert.Equal(4, Names(Culture.Fr, "ecou", int.MaxValue).Count);
    }

    [Fact]
    public void Suggestions_carry_the_id_and_the_name_in_the_asked_culture()
    {
        var dutch = Assert.Single(index.Index.Suggest(Culture.Nl, "onthaal", 5));
        Assert.Equal(new Suggestion(Translated.Id, "Onthaalhuis"), dutch);
        var english = Assert.Single(index.Index.Suggest(Culture.En, "maison acc", 5));
        Assert.Equal(new Suggestion(Translated.Id, "Maison d'accueil"), english);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("le la")]
    [InlineData("?!")]
    public void Text_without_a_word_suggests_nothing(string prefix)
    {
        Assert.Empty(Names(Culture.Fr, prefix));
    }
}
