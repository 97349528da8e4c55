using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;
using static Cartography.Search.Tests.ReadModel.SampleDirectory;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>How a query's matches are sorted and cut into pages. See <see cref="SampleDirectory"/> for the table.</summary>
public class DirectorySnapshotPagingAndOrderTests
{
    private static readonly DirectorySnapshot Snapshot = Build();

    // fr names (with fallback): Ancrage, Départ nouveau, Écoute entre pairs, Herstelacademie (nl),
    // Maison du Rétablissement, Pair-aidance en Ardenne, Zelfhulpgroep Gent (nl).
    private static readonly string[] FrenchOrder = ["ancrage", "depart", "ecoute", "academie", "maison", "arlon", "zelfhulp"];

    [Fact]
    public void Matches_are_sorted_by_name_in_the_query_s_culture_with_accented_initials_among_their_letter()
    {
        var page = Snapshot.Query(new InitiativeQuery { Culture = Culture.Fr });

        Assert.Equal(FrenchOrder, LabelsOf(page));
    }

    [Fact]
    public void In_dutch_the_dutch_names_decide_the_order_and_french_ones_stand_in_where_dutch_is_missing()
    {
        // Anker, Départ nouveau (fr), Herstelacademie, Huis van Herstel, Luisteren onder lotgenoten,
        // Pair-aidance en Ardenne (fr), Zelfhulpgroep Gent.
        var page = Snapshot.Query(new InitiativeQuery { Culture = Culture.Nl });

        Assert.Equal(["ancrage", "depart", "academie", "maison", "ecoute", "arlon", "zelfhulp"], LabelsOf(page));
    }

    [Fact]
    public void In_english_a_missing_name_falls_back_to_french_before_dutch()
    {
        // Anchor, Départ nouveau (fr), Écoute entre pairs (fr, not "Luisteren ..."), Ghent self-help group,
        // Pair-aidance en Ardenne (fr), Recovery Academy, Recovery House.
        var page = Snapshot.Query(new InitiativeQuery { Culture = Culture.En });

        Assert.Equal(["ancrage", "depart", "ecoute", "zelfhulp", "arlon", "academie", "maison"], LabelsOf(page));
    }

    [Fact]
    public void Order_does_not_depend_on_letter_case()
    {
        var snapshot = new DirectorySnapshot(
        [
            Named("Centre"),
            Named("bruxelles entraide"),
            Named("Antenne"),
            Named("écoute"),
        ], [], [], [], TermSet.Empty);

        var names = snapshot.Query(new InitiativeQuery()).Items.Select(i => i.Content.Name.For(Culture.Fr).Text);

        Assert.Equal(["Antenne", "bruxelles entraide", "Centre", "écoute"], names);

        static Published<Initiative> Named(string name) =>
            new(Guid.NewGuid(), Initiative(LocalizedText.Of(fr: name), "1000", "Bruxelles"));
    }

    [Fact]
    public void The_filter_is_applied_before_sorting_and_paging()
    {
        // Salaried: Ancrage, Écoute entre pairs, Herstelacademie, Pair-aidance en Ardenne.
        var query = new InitiativeQuery { Statuses = new HashSet<string> { "salaried" }, Take = 3 };

        var first = Snapshot.Query(query);
        var second = Snapshot.Query(query with { Skip = 3 });

        Assert.Equal(4, first.Total);
        Assert.Equal(["ancrage", "ecoute", "academie"], LabelsOf(first));
        Assert.Equal(4, second.Total);
        Assert.Equal(["arlon"], LabelsOf(second));
    }

    [Fact]
    public void Total_counts_every_match_not_only_those_on_the_page()
    {
        var page = Snapshot.Query(new InitiativeQuery { Take = 2 });

        Assert.Equal(7, page.Total);
        Assert.Equal(2, page.Items.Count);
    }

    [Fact]
    public void Pages_follow_each_other_without_overlap_or_loss()
    {
        var pages = new[] { 0, 3, 6 }
            .Select(skip => Snapshot.Query(new InitiativeQuery { Skip = skip, Take = 3 }))
            .ToList();

        Assert.All(pages, page => Assert.Equal(7, page.Total));
        Assert.Equal(["ancrage", "depart", "ecoute"], LabelsOf(pages[0]));
        Assert.Equal(["academie", "maison", "arlon"], LabelsOf(pages[1]));
        Assert.Equal(["zelfhulp"], LabelsOf(pages[2]));
        Assert.Equal(FrenchOrder, pages.SelectMany(LabelsOf));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void Paging_with_any_page_size_visits_every_match_once(int take)
    {
        var seen = new List<string>();
        for (var skip = 0; skip < 7; skip += take)
            seen.AddRange(LabelsOf(Snapshot.Query(new InitiativeQuery { Skip = skip, Take = take })));

        Assert.Equal(FrenchOrder, seen);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void A_skip_at_or_past_the_end_gives_an_empty_page_with_the_full_total(int skip)
    {
        var page = Snapshot.Query(new InitiativeQuery { Skip = skip, Take = 3 });

        Assert.Equal(7, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public void A_default_query_is_french_from_the_start_with_twenty_per_page()
    {
        var query = new InitiativeQuery();

        Assert.Same(Culture.Fr, query.Culture);
        Assert.Equal(0, query.Skip);
        Assert.Equal(20, query.Take);
        Assert.Equal(FrenchOrder, LabelsOf(Snapshot.Query(query)));
    }

    [Fact]
    public void The_empty_snapshot_answers_any_query_with_nothing()
    {
        var page = DirectorySnapshot.Empty.Query(new InitiativeQuery { Text = "pairs", Skip = 5 });

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }
}
