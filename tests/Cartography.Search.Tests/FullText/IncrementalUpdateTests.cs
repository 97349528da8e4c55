using Cartography.Core.Cultures;
using Cartography.Search.FullText;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary><see cref="InitiativeIndex.Apply"/>: changes from the feed, by initiative id.</summary>
public sealed class IncrementalUpdateTests : IDisposable
{
    private static readonly IndexDocument Listening = French("Ligne d'écoute", "Au téléphone.");
    private static readonly IndexDocument Families = French("Maison des familles", "Accueil des proches.");

    private readonly TestIndex index = TestIndex.With(Listening, Families);

    public void Dispose() => index.Dispose();

    [Fact]
    public void An_upsert_replaces_the_text_of_an_existing_initiative()
    {
        index.Apply([Listening with { Description = Text(Culture.Fr, "Par messagerie.") }], [], 2);

        Assert.Equal(["Ligne d'écoute"], index.Found(Culture.Fr, "messagerie"));
        Assert.Empty(index.Found(Culture.Fr, "téléphone"));
        Assert.Equal(["Maison des familles"], index.Found(Culture.Fr, "maison"));
    }

    [Fact]
    public void An_upsert_of_a_new_initiative_adds_it_in_every_culture()
    {
        index.Apply([French("Café des pairs")], [], 2);

        foreach (var culture in Culture.All)
            Assert.Equal(["Café des pairs"], index.Found(culture, "café"));
    }

    [Fact]
    public void A_deletion_removes_the_initiative_from_every_culture()
    {
        index.Apply([], [Families.Id], 2);

        foreach (var culture in Culture.All)
        {
            Assert.Empty(index.Found(culture, "familles"));
            Assert.Equal(["Ligne d'écoute"], index.Found(culture, "ligne"));
        }
    }

    [Fact]
    public void A_deletion_wins_over_an_upsert_of_the_same_initiative_in_one_batch()
    {
        index.Apply([Families with { Name = Text(Culture.Fr, "Maison ouverte") }], [Families.Id], 2);

        Assert.Empty(index.Found(Culture.Fr, "maison"));
    }

    [Fact]
    public void Deleting_an_unknown_initiative_changes_nothing_but_the_sequence()
    {
        index.Apply([], [Guid.NewGuid()], 7);

        Assert.Equal(7, index.Index.Sequence);
        Assert.Equal(["Ligne d'écoute"], index.Found(Culture.Fr, "ligne"));
        Assert.Equal(["Maison des familles"], index.Found(Culture.Fr, "maison"));
    }

    [Fact]
    public void Each_apply_records_its_sequence()
    {
        Assert.Equal(1, index.Index.Sequence);
        index.Apply([], [], 5);
        Assert.Equal(5, index.Index.Sequence);
        index.Apply([French("Autre")], [], 6);
        Assert.Equal(6, index.Index.Sequence);
    }

    [Fact]
    public void Upserting_the_same_initiative_twice_keeps_one_copy()
    {
        index.Apply([Listening], [], 2);
        index.Apply([Listening], [], 3);

        Assert.Equal(1, index.Index.Search(Culture.Fr, "écoute")!.Count);
    }
}
