using Cartography.Core.Content;
using Cartography.Core.Places;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Search.Tests.ReadModel;
using static Cartography.Search.Tests.ReadModel.SampleDirectory;

namespace Cartography.Search.Tests.Searching;

/// <summary>
/// Facet counts against the hand-counted table of <see cref="SampleDirectory"/>:
/// sectors addiction {arlon, maison, ancrage}, mental-health {maison, ecoute, academie}, poverty-homelessness
/// {zelfhulp, depart}; types one-to-one {arlon, ecoute, depart}, groups {maison, zelfhulp}, training {academie, ancrage};
/// statuses salaried {arlon, ecoute, academie, ancrage}, volunteer {maison, zelfhulp}, self-employed {depart}.
/// </summary>
public class DirectorySearchFacetTests
{
    private static readonly DirectorySnapshot Snapshot = Build();

    private static SearchResult Search(InitiativeQuery query) => Snapshot.Search().Search(query);

    [Fact]
    public void Without_filters_each_value_counts_the_initiatives_that_hold_it()
    {
        var facets = Search(new InitiativeQuery()).Facets;

        Assert.Equal(3, facets["sector"]["addiction"]);
        Assert.Equal(3, facets["sector"]["mental-health"]);
        Assert.Equal(2, facets["sector"]["poverty-homelessness"]);
        Assert.Equal(0, facets["sector"]["prison-justice"]);
        Assert.Equal(3, facets["type"]["one-to-one"]);
        Assert.Equal(4, facets["status"]["salaried"]);
        Assert.Equal(2, facets["province"]["brussels"]);
        Assert.Equal(1, facets["province"]["luxembourg"]);
        Assert.Equal(3, facets["region"]["wallonia"]);
        Assert.Equal(2, facets["region"]["flanders"]);
        Assert.Equal(7, facets["activity"]["active"]);
    }

    [Fact]
    public void A_ticked_facet_keeps_counting_its_other_values_but_narrows_the_other_facets()
    {
        var result = Search(new InitiativeQuery { Sectors = new HashSet<string> { "addiction" } });

        Assert.Equal(3, result.Total);
        // Sector counts ignore the sector filter: they say what ticking another sector would add.
        Assert.Equal(3, result.Facets["sector"]["mental-health"]);
        Assert.Equal(2, result.Facets["sector"]["poverty-homelessness"]);
        // The other facets count only the addiction initiatives: arlon, maison, ancrage.
        Assert.Equal(1, result.Facets["type"]["one-to-one"]);
        Assert.Equal(1, result.Facets["type"]["groups"]);
        Assert.Equal(1, result.Facets["type"]["training"]);
        Assert.Equal(2, result.Facets["status"]["salaried"]);
        Assert.Equal(2, result.Facets["province"]["brussels"]);
    }

    [Fact]
    public void Two_facets_count_each_other_over_the_hits_of_the_other()
    {
        var result = Search(new InitiativeQuery
        {
            Sectors = new HashSet<string> { "mental-health" },
            Statuses = new HashSet<string> { "salaried" },
        });

        Assert.Equal(2, result.Total); // ecoute, academie
        // Sectors over the salaried ones (arlon, ecoute, academie, ancrage).
        Assert.Equal(2, result.Facets["sector"]["addiction"]);
        Assert.Equal(2, result.Facets["sector"]["mental-health"]);
        // Statuses over the mental-health ones (maison, ecoute, academie).
        Assert.Equal(2, result.Facets["status"]["salaried"]);
        Assert.Equal(1, result.Facets["status"]["volunteer"]);
        Assert.Equal(0, result.Facets["status"]["self-employed"]);
        // Any other facet counts only the two hits.
        Assert.Equal(1, result.Facets["province"]["liege"]);
        Assert.Equal(1, result.Facets["province"]["antwerp"]);
        Assert.Equal(0, result.Facets["province"]["brussels"]);
    }

    [Fact]
    public void Facet_counts_follow_the_text_too()
    {
        var result = Search(new InitiativeQuery { Text = "bruxelloise" });

        Assert.Equal(2, result.Total); // maison, ancrage
        Assert.Equal(2, result.Facets["sector"]["addiction"]);
        Assert.Equal(1, result.Facets["sector"]["mental-health"]);
        Assert.Equal(0, result.Facets["sector"]["poverty-homelessness"]);
    }

    [Fact]
    public void Regions_filter_through_the_postal_code()
    {
        var result = Search(new InitiativeQuery { Regions = new HashSet<Region> { Region.Flanders } });

        Assert.Equal(["academie", "zelfhulp"], result.Items.Select(i => LabelOf(i.Initiative.Id)).Order());
    }

    [Fact]
    public void Active_only_leaves_out_ended_initiatives_and_keeps_starting_ones()
    {
        var initiatives = Initiatives().Select(i => LabelOf(i.Id) switch
        {
            "arlon" => i with { Content = i.Content with { Activity = Activity.Ended } },
            "maison" => i with { Content = i.Content with { Activity = Activity.Starting } },
            _ => i,
        });
        var snapshot = new DirectorySnapshot(initiatives, Organisations(), [], [], Terms);

        var result = snapshot.Search().Search(new InitiativeQuery { ActiveOnly = true });

        Assert.Equal(6, result.Total);
        Assert.DoesNotContain(result.Items, i => LabelOf(i.Initiative.Id) == "arlon");
        Assert.Equal(1, result.Facets["activity"]["ended"]);
        Assert.Equal(1, result.Facets["activity"]["starting"]);
    }

    [Fact]
    public void A_wanted_key_the_directory_does_not_know_matches_nothing_rather_than_everything()
    {
        var result = Search(new InitiativeQuery { Sectors = new HashSet<string> { "astrology" } });

        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void Near_sorts_by_distance_and_gives_it_in_kilometres()
    {
        var located = Initiatives().Select(i => LabelOf(i.Id) switch
        {
            "arlon" => i with { Content = i.Content with { Location = new GeoPoint(49.6833, 5.8167) } },
            "ecoute" => i with { Content = i.Content with { Location = new GeoPoint(50.6326, 5.5797) } },
            "maison" => i with { Content = i.Content with { Location = new GeoPoint(50.8467, 4.3525) } },
            _ => i,
        });
        var snapshot = new DirectorySnapshot(located, Organisations(), [], [], Terms);

        var result = snapshot.Search().Search(new InitiativeQuery { Near = new GeoPoint(50.4669, 4.8675) /* Namur */ });

        Assert.Equal(["ecoute", "maison", "arlon"], result.Items.Take(3).Select(i => LabelOf(i.Initiative.Id)));
        Assert.InRange(result.Items[0].DistanceKm!.Value, 50, 60);
        Assert.Null(result.Items[^1].DistanceKm); // no location: last, without a distance
    }

    [Fact]
    public void The_map_part_counts_every_hit_in_view_once()
    {
        var located = Initiatives().Select((i, n) => i with { Content = i.Content with { Location = new GeoPoint(50 + n * 0.1, 4 + n * 0.1) } });
        var snapshot = new DirectorySnapshot(located, Organisations(), [], [], Terms);
        Assert.True(Cartography.Search.Map.BoundingBox.TryCreate(2.5, 49.45, 6.45, 51.55, out var belgium));

        var result = snapshot.Search().Search(new InitiativeQuery { Sectors = new HashSet<string> { "addiction" } }, new MapRequest(belgium, 8));

        Assert.Equal(3, result.Map!.Count);
        var counted = result.Map.Features.Sum(f => f.Attributes.Exists("count") ? Convert.ToInt32(f.Attributes["count"]) : 1);
        Assert.Equal(3, counted);
    }
}
