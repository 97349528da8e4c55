using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;
using static Cartography.Search.Tests.ReadModel.SampleDirectory;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>Which initiatives a query's facets let through. See <see cref="SampleDirectory"/> for the table.</summary>
public class DirectorySnapshotQueryTests
{
    private static readonly DirectorySnapshot Snapshot = Build();

    private static IReadOnlyList<string> Found(InitiativeQuery query)
    {
        var page = Snapshot.Query(query);
        Assert.Equal(page.Items.Count, page.Total);
        return SortedLabelsOf(page);
    }

    private static HashSet<string> Keys(params string[] keys) => [.. keys];

    private static HashSet<Province> Provinces(params Province[] provinces) => [.. provinces];

    [Fact]
    public void A_query_without_any_filter_finds_every_initiative()
    {
        var page = Snapshot.Query(new InitiativeQuery());

        Assert.Equal(7, page.Total);
        Assert.Equal(AllLabels, SortedLabelsOf(page));
    }

    [Fact]
    public void Empty_facets_and_blank_text_do_not_filter()
    {
        var query = new InitiativeQuery
        {
            Sectors = Keys(),
            Types = Keys(),
            Statuses = Keys(),
            Provinces = Provinces(),
            Text = " \t ",
        };

        Assert.Equal(AllLabels, Found(query));
    }

    [Fact]
    public void One_sector_finds_the_initiatives_that_list_it_among_others()
    {
        Assert.Equal(["ancrage", "arlon", "maison"], Found(new InitiativeQuery { Sectors = Keys("addiction") }));
        Assert.Equal(["academie", "ecoute", "maison"], Found(new InitiativeQuery { Sectors = Keys("mental-health") }));
    }

    [Fact]
    public void Several_sectors_widen_and_an_initiative_in_both_is_found_once()
    {
        var page = Snapshot.Query(new InitiativeQuery { Sectors = Keys("addiction", "mental-health") });

        Assert.Equal(5, page.Total);
        Assert.Equal(["academie", "ancrage", "arlon", "ecoute", "maison"], SortedLabelsOf(page));
    }

    [Fact]
    public void Several_types_widen()
    {
        Assert.Equal(["arlon", "depart", "ecoute"], Found(new InitiativeQuery { Types = Keys("one-to-one") }));
        Assert.Equal(
            ["arlon", "depart", "ecoute", "maison", "zelfhulp"],
            Found(new InitiativeQuery { Types = Keys("one-to-one", "groups") }));
    }

    [Fact]
    public void Several_statuses_widen()
    {
        Assert.Equal(["academie", "ancrage", "arlon", "ecoute"], Found(new InitiativeQuery { Statuses = Keys("salaried") }));
        Assert.Equal(
            ["academie", "ancrage", "arlon", "ecoute", "maison", "zelfhulp"],
            Found(new InitiativeQuery { Statuses = Keys("salaried", "volunteer") }));
    }

    [Fact]
    public void Several_provinces_widen()
    {
        Assert.Equal(
            ["ancrage", "ecoute", "maison"],
            Found(new InitiativeQuery { Provinces = Provinces(Province.Brussels, Province.Liege) }));
    }

    [Fact]
    public void Each_further_facet_narrows_the_result()
    {
        var sectors = new InitiativeQuery { Sectors = Keys("mental-health", "addiction") };
        var andStatus = sectors with { Statuses = Keys("salaried") };
        var andProvince = andStatus with { Provinces = Provinces(Province.Brussels, Province.Liege, Province.Antwerp) };
        var andType = andProvince with { Types = Keys("training") };

        Assert.Equal(["academie", "ancrage", "arlon", "ecoute", "maison"], Found(sectors));
        Assert.Equal(["academie", "ancrage", "arlon", "ecoute"], Found(andStatus));
        Assert.Equal(["academie", "ancrage", "ecoute"], Found(andProvince));
        Assert.Equal(["academie", "ancrage"], Found(andType));
    }

    [Fact]
    public void Facets_that_no_initiative_satisfies_together_find_nothing()
    {
        var query = new InitiativeQuery
        {
            Sectors = Keys("addiction"),
            Provinces = Provinces(Province.Brussels),
            Types = Keys("one-to-one"),
        };

        var page = Snapshot.Query(query);

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public void An_unknown_facet_value_matches_nothing_rather_than_being_ignored()
    {
        Assert.Empty(Found(new InitiativeQuery { Sectors = Keys("astrology") }));
        Assert.Equal(["ancrage", "arlon", "maison"], Found(new InitiativeQuery { Sectors = Keys("astrology", "addiction") }));
    }

    [Theory]
    [InlineData("luxembourg", new[] { "arlon" })]
    [InlineData("brussels", new[] { "ancrage", "maison" })]
    [InlineData("liege", new[] { "ecoute" })]
    [InlineData("antwerp", new[] { "academie" })]
    [InlineData("east-flanders", new[] { "zelfhulp" })]
    [InlineData("namur", new[] { "depart" })]
    [InlineData("hainaut", new string[0])]
    [InlineData("limburg", new string[0])]
    public void The_province_filter_uses_the_province_of_the_postal_code(string provinceKey, string[] expected)
    {
        Assert.True(Province.TryParse(provinceKey, out var province));

        Assert.Equal(expected, Found(new InitiativeQuery { Provinces = Provinces(province) }));
    }

    [Fact]
    public void The_province_filter_compares_provinces_by_value()
    {
        var brusselsAsParsedElsewhere = new Province("brussels", Region.Brussels);

        Assert.Equal(["ancrage", "maison"], Found(new InitiativeQuery { Provinces = Provinces(brusselsAsParsedElsewhere) }));
    }

    [Fact]
    public void An_initiative_without_a_province_is_left_out_by_any_province_filter_only()
    {
        var nowhere = new Published<Core.Content.Initiative>(Guid.NewGuid(), Initiative(LocalizedText.Of(fr: "Sans code"), "0999", "Nulle part"));
        var charleroi = new Published<Core.Content.Initiative>(Guid.NewGuid(), Initiative(LocalizedText.Of(fr: "Charleroi pairs"), "6000", "Charleroi"));
        var snapshot = new DirectorySnapshot([nowhere, charleroi], [], [], [], TermSet.Empty);

        var all = snapshot.Query(new InitiativeQuery());
        var everyProvince = snapshot.Query(new InitiativeQuery { Provinces = new HashSet<Province>(Province.All) });

        Assert.Equal(2, all.Total);
        Assert.Equal([charleroi.Id], everyProvince.Items.Select(i => i.Id));
    }
}
