using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;
using static Cartography.Search.Tests.ReadModel.SampleDirectory;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>Finding one item by id or slug, and what belongs to it. See <see cref="SampleDirectory"/> for the table.</summary>
public class DirectorySnapshotLookupTests
{
    private static readonly DirectorySnapshot Snapshot = Build();

    [Fact]
    public void Every_initiative_is_found_by_its_id()
    {
        foreach (var initiative in Snapshot.Initiatives)
            Assert.Same(initiative, Snapshot.FindInitiative(initiative.Id));

        Assert.Equal("Ancrage", Snapshot.FindInitiative(Ancrage)?.Content.Name.In(Culture.Fr));
    }

    [Fact]
    public void An_unknown_id_finds_no_initiative()
    {
        Assert.Null(Snapshot.FindInitiative(Guid.NewGuid()));
        Assert.Null(Snapshot.FindInitiative(EntraideBruxelloise));
    }

    [Theory]
    [InlineData("fr", "maison-du-retablissement")]
    [InlineData("nl", "huis-van-herstel")]
    [InlineData("en", "recovery-house")]
    public void An_initiative_is_found_by_the_slug_of_each_of_its_cultures(string culture, string slug)
    {
        Assert.Equal(Maison, Snapshot.FindInitiative(Culture.Parse(culture), slug)?.Id);
    }

    [Theory]
    [InlineData("fr", "huis-van-herstel")]
    [InlineData("fr", "recovery-house")]
    [InlineData("nl", "maison-du-retablissement")]
    [InlineData("en", "huis-van-herstel")]
    public void An_initiative_is_not_found_by_the_slug_of_another_culture(string culture, string slug)
    {
        Assert.Null(Snapshot.FindInitiative(Culture.Parse(culture), slug));
    }

    [Fact]
    public void A_slug_missing_in_a_culture_finds_nothing_there()
    {
        Assert.Equal(Arlon, Snapshot.FindInitiative(Culture.Fr, "pair-aidance-en-ardenne")?.Id);

        Assert.Null(Snapshot.FindInitiative(Culture.Nl, "pair-aidance-en-ardenne"));
        Assert.Null(Snapshot.FindInitiative(Culture.Fr, "no-such-initiative"));
    }

    [Fact]
    public void Initiatives_with_similar_slugs_are_told_apart()
    {
        Assert.Equal(Academie, Snapshot.FindInitiative(Culture.En, "recovery-academy")?.Id);
        Assert.Equal(Maison, Snapshot.FindInitiative(Culture.En, "recovery-house")?.Id);
    }

    [Theory]
    [InlineData("fr", "deux-maisons")]
    [InlineData("nl", "twee-huizen")]
    [InlineData("en", "two-houses")]
    public void A_portrait_is_found_by_the_slug_of_each_of_its_cultures(string culture, string slug)
    {
        Assert.Equal(TwoHouses, Snapshot.FindPortrait(Culture.Parse(culture), slug)?.Id);
    }

    [Fact]
    public void A_portrait_is_not_found_by_another_culture_s_slug_nor_by_an_initiative_s_slug()
    {
        Assert.Equal(DayAtTheHouse, Snapshot.FindPortrait(Culture.Nl, "een-dag-in-het-huis")?.Id);

        Assert.Null(Snapshot.FindPortrait(Culture.Fr, "een-dag-in-het-huis"));
        Assert.Null(Snapshot.FindPortrait(Culture.En, "une-journee-a-la-maison"));
        Assert.Null(Snapshot.FindPortrait(Culture.Fr, "maison-du-retablissement"));
    }

    [Fact]
    public void Portraits_about_an_initiative_are_those_that_name_it_newest_first()
    {
        Assert.Equal([TwoHouses, DayAtTheHouse], Snapshot.PortraitsAbout(Maison).Select(p => p.Id));
        Assert.Equal([TwoHouses], Snapshot.PortraitsAbout(Ecoute).Select(p => p.Id));
        Assert.Equal([UndatedAcademy], Snapshot.PortraitsAbout(Academie).Select(p => p.Id));
    }

    [Fact]
    public void An_initiative_no_portrait_names_has_no_portraits()
    {
        Assert.Empty(Snapshot.PortraitsAbout(Depart));
        Assert.Empty(Snapshot.PortraitsAbout(Guid.NewGuid()));
    }

    [Fact]
    public void All_portraits_are_listed_newest_first_with_undated_ones_last()
    {
        Assert.Equal([TwoHouses, DayAtTheHouse, UndatedAcademy], Snapshot.Portraits.Select(p => p.Id));
    }

    [Fact]
    public void The_organisation_of_an_initiative_is_the_published_one_it_names()
    {
        var maison = Snapshot.FindInitiative(Maison)!.Content;
        var ancrage = Snapshot.FindInitiative(Ancrage)!.Content;
        var ecoute = Snapshot.FindInitiative(Ecoute)!.Content;

        Assert.Equal("Entraide Bruxelloise", Snapshot.OrganisationOf(maison)?.Name.In(Culture.Fr));
        Assert.Same(Snapshot.OrganisationOf(maison), Snapshot.OrganisationOf(ancrage));
        Assert.Equal("Réseau Wallon", Snapshot.OrganisationOf(ecoute)?.Name.In(Culture.Fr));
    }

    [Fact]
    public void An_initiative_without_an_organisation_or_with_an_unpublished_one_has_none()
    {
        Assert.Null(Snapshot.OrganisationOf(Snapshot.FindInitiative(Zelfhulp)!.Content));
        Assert.Null(Snapshot.OrganisationOf(Snapshot.FindInitiative(Depart)!.Content));
    }

    [Fact]
    public void The_snapshot_keeps_what_it_was_given()
    {
        var terms = new TermSet([new Term(Vocabulary.Sector, "addiction", LocalizedText.Of(fr: "Assuétudes"), 1)]);
        var resource = new Published<Resource>(Guid.NewGuid(), new Resource
        {
            Title = LocalizedText.Of(fr: "Guide de la pair-aidance"),
            Category = "guide",
            DocumentLanguage = "fr",
        });

        var snapshot = new DirectorySnapshot(Initiatives(), Organisations(), Portraits(), [resource], terms);

        Assert.Equal(7, snapshot.Initiatives.Count);
        Assert.Equal(3, snapshot.Portraits.Count);
        Assert.Equal([resource], snapshot.Resources);
        Assert.Same(terms, snapshot.Terms);
    }

    [Fact]
    public void The_empty_snapshot_holds_nothing_and_finds_nothing()
    {
        var empty = DirectorySnapshot.Empty;

        Assert.Empty(empty.Initiatives);
        Assert.Empty(empty.Portraits);
        Assert.Empty(empty.Resources);
        Assert.Empty(empty.Terms.All);
        Assert.Null(empty.FindInitiative(Maison));
        Assert.Null(empty.FindInitiative(Culture.Fr, "maison-du-retablissement"));
        Assert.Null(empty.FindPortrait(Culture.Fr, "deux-maisons"));
    }
}
