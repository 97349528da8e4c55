using Cartography.Core.Cultures;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>Scores: a word in the name counts most, then in the organisation or city, then in the description.</summary>
public sealed class RelevanceTests : IDisposable
{
    // Short texts score higher than long ones, so the description is one word and the name six: boosts must win.
    private readonly TestIndex index = TestIndex.With(
        French("Groupe du mardi", "Écoute."),
        French("Écoute, partage, soutien et rencontres des proches aidants", "Un groupe de parole."),
        French("Permanence téléphonique", "Un numéro à appeler.", organisation: "Écoute solidaire"),
        French("Café papote", "Un lieu convivial.", city: "Ecoussines"));

    public void Dispose() => index.Dispose();

    [Fact]
    public void A_name_match_ranks_above_an_organisation_match_above_a_description_only_match()
    {
        Assert.Equal(["Écoute, partage, soutien et rencontres des proches aidants", "Permanence téléphonique", "Groupe du mardi"], index.Ranked(Culture.Fr, "écoute"));
    }

    [Fact]
    public void A_name_prefix_matches_while_a_description_needs_the_whole_word()
    {
        var ranked = index.Ranked(Culture.Fr, "ecou");
        Assert.Equal("Écoute, partage, soutien et rencontres des proches aidants", ranked[0]);
        Assert.DoesNotContain("Groupe du mardi", ranked);
        Assert.Contains("Groupe du mardi", index.Ranked(Culture.Fr, "ecoute"));
    }

    [Fact]
    public void A_city_match_ranks_above_a_description_only_match()
    {
        using var cities = TestIndex.With(
            French("Groupe A", "Mons."),
            French("Groupe B", "Rencontres mensuelles.", city: "Mons"));
        Assert.Equal(["Groupe B", "Groupe A"], cities.Ranked(Culture.Fr, "mons"));
    }

    [Fact]
    public void Every_hit_is_returned_not_only_the_best()
    {
        using var many = TestIndex.With(Enumerable.Range(0, 1_500)
            .Select(i => French($"Groupe {i}", i % 3 == 0 ? "Entraide entre pairs." : "Permanence."))
            .ToArray());
        Assert.Equal(500, many.Index.Search(Culture.Fr, "entraide")!.Count);
        Assert.Equal(1_500, many.Index.Search(Culture.Fr, "groupe")!.Count);
    }
}
