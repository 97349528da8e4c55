using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Data.Synthetic;

namespace Cartography.Data.Tests.Synthetic;

public sealed class SyntheticDirectoryTests
{
    private static readonly IReadOnlyList<Initiative> Sample = SyntheticDirectory.Initiatives(3000, seed: 11).ToList();

    private static string Json<T>(IEnumerable<T> items) => JsonSerializer.Serialize(items.ToList());

    [Fact]
    public void The_same_seed_gives_the_same_initiatives()
    {
        Assert.Equal(Json(SyntheticDirectory.Initiatives(500, seed: 7)), Json(SyntheticDirectory.Initiatives(500, seed: 7)));
        Assert.Equal(Json(SyntheticDirectory.Organisations(7)), Json(SyntheticDirectory.Organisations(7)));
    }

    [Fact]
    public void Different_seeds_give_different_initiatives()
    {
        var seven = SyntheticDirectory.Initiatives(200, seed: 7).ToList();
        var eight = SyntheticDirectory.Initiatives(200, seed: 8).ToList();

        Assert.NotEqual(Json(seven), Json(eight));
        Assert.True(seven.Zip(eight).Count(p => p.First.Location == p.Second.Location) < 10);
    }

    [Fact]
    public void The_nth_initiative_does_not_depend_on_the_count_so_a_larger_run_extends_a_smaller_one()
    {
        var small = SyntheticDirectory.Initiatives(100, seed: 5);
        var large = SyntheticDirectory.Initiatives(300, seed: 5).Take(100);

        Assert.Equal(Json(small), Json(large));
    }

    [Fact]
    public void Every_initiative_passes_the_directory_rules_against_the_repository_taxonomy()
    {
        var broken = Sample
            .Select((initiative, i) => (Number: i + 1, Violations: InitiativeRules.Validate(initiative, RepositoryTaxonomy.Terms, DateTime.UtcNow.Year)))
            .Where(r => r.Violations.Count > 0)
            .Select(r => $"#{r.Number}: {string.Join("; ", r.Violations)}")
            .ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_taxonomy_key_exists_in_the_repository_taxonomy()
    {
        var terms = RepositoryTaxonomy.Terms;
        Assert.All(Sample, i =>
        {
            Assert.InRange(i.Sectors.Count, 1, 2);
            Assert.InRange(i.Types.Count, 1, 3);
            Assert.InRange(i.Publics.Count, 0, 2);
            Assert.All(i.Sectors, key => Assert.True(terms.Contains(Vocabulary.Sector, key), key));
            Assert.All(i.Types, key => Assert.True(terms.Contains(Vocabulary.Type, key), key));
            Assert.All(i.Publics, key => Assert.True(terms.Contains(Vocabulary.Public, key), key));
            Assert.True(terms.Contains(Vocabulary.Status, i.Status), i.Status);
        });
        Assert.All(SyntheticDirectory.Organisations(11), o => Assert.True(terms.Contains(Vocabulary.OrganisationKind, o.Content.Kind), o.Content.Kind));
    }

    [Fact]
    public void Every_initiative_has_its_name_description_and_slug_in_french_dutch_and_english()
    {
        Assert.All(Sample, i =>
        {
            Assert.Empty(i.Name.MissingCultures);
            Assert.Empty(i.Description.MissingCultures);
            Assert.Empty(i.Slug.MissingCultures);
            Assert.All(i.Slug.Values, s => Assert.True(Slugs.IsWellFormed(s.Value), s.Value));
            Assert.True(i.IsExample);
        });
        foreach (var culture in Culture.All)
            Assert.Equal(Sample.Count, Sample.Select(i => i.Slug.In(culture)).Distinct().Count());
    }

    [Fact]
    public void Descriptions_use_the_fields_own_words_in_each_language()
    {
        string Text(Culture culture) => string.Join(" ", Sample.Select(i => i.Description.In(culture)));

        Assert.Contains("pair-aidant", Text(Culture.Fr));
        Assert.Contains("rétablissement", Text(Culture.Fr));
        Assert.Contains("ervaringsdeskundigen", Text(Culture.Nl));
        Assert.Contains("herstel", Text(Culture.Nl));
        Assert.Contains("peer workers", Text(Culture.En));
        Assert.Contains("recovery", Text(Culture.En));
    }

    [Fact]
    public void Every_location_is_on_belgian_land_and_the_address_is_the_nearest_real_postal_place()
    {
        Assert.All(Sample, i =>
        {
            var location = i.Location!.Value;
            Assert.True(location.IsInBelgium, $"{location}");
            Assert.True(BelgiumOutline.Contains(location), $"{location}");
            var place = BelgianPlaces.Belgium.Find(i.Address.PostalCode, i.Address.City);
            Assert.True(place is not null, $"{i.Address.PostalCode} {i.Address.City} does not resolve");
            var nearest = BelgianPlaces.Belgium.PostalPlaces.MinBy(p => SyntheticPlace.DistanceKm(location, p.Centre))!;
            Assert.True(SyntheticPlace.DistanceKm(location, place!.Centre) <= SyntheticPlace.DistanceKm(location, nearest.Centre) + 0.001,
                $"{location}: {place} rather than {nearest}");
            Assert.Same(place.Municipality.Province, i.Address.Resolved().Province);
        });
    }

    [Fact]
    public void Every_address_resolves_to_a_municipality_and_brussels_ones_are_written_in_french_or_dutch()
    {
        var resolved = Sample.Select(i => i.Address.Resolved()).ToList();

        Assert.All(resolved, a => Assert.NotNull(a.Municipality));
        var brussels = resolved.Where(a => a.Region == Region.Brussels).ToList();
        Assert.Contains(brussels, a => a.City == "Bruxelles");
        Assert.Contains(brussels, a => a.City == "Brussel");
        Assert.DoesNotContain(brussels, a => a.City.Contains(" / "));
        Assert.Contains(resolved, a => a.City == "Eupen");
        Assert.True(resolved.Select(a => a.Municipality).Distinct().Count() > 300, "the addresses spread over the municipalities");
    }

    [Fact]
    public void Every_listed_place_is_inside_the_outline_with_postal_codes_bpost_knows_in_a_single_province()
    {
        Assert.All(SyntheticPlaces.All, place =>
        {
            Assert.True(BelgiumOutline.Contains(place.Centre), place.Name.ToString());
            Assert.All(place.PostalCodes, code => Assert.True(BelgianPlaces.Belgium.IsPostalCode(code), code));
            Assert.Single(place.PostalCodes.SelectMany(code => BelgianPlaces.Belgium.PlacesOf(code)).Select(p => p.Municipality.Province).Distinct());
            Assert.Same(place.Municipality.Province, BelgianPlaces.Belgium.PlacesOf(place.PostalCodes[0])[0].Municipality.Province);
        });
    }

    [Fact]
    public void Most_initiatives_are_in_cities_and_some_are_in_the_countryside()
    {
        double KmToNearestCity(Initiative i) => SyntheticPlaces.Cities.Min(c => SyntheticPlace.DistanceKm(i.Location!.Value, c.Centre));

        var distances = Sample.Select(KmToNearestCity).ToList();

        Assert.True(distances.Count(d => d <= 15) > Sample.Count / 2, $"{distances.Count(d => d <= 15)} of {Sample.Count} within 15 km");
        Assert.True(distances.Count(d => d > 15) > Sample.Count / 20, $"{distances.Count(d => d > 15)} of {Sample.Count} beyond 15 km");
    }

    [Fact]
    public void The_directory_spreads_over_every_region_sector_type_and_activity()
    {
        Assert.Equal(Region.All.Select(r => r.Key).Order(), Sample.Select(i => i.Region!.Key).Distinct().Order());
        Assert.Equal(Province.All.Count, Sample.Select(i => i.Province).Distinct().Count());
        Assert.Equal(RepositoryTaxonomy.Terms.Offered(Vocabulary.Sector).Count, Sample.SelectMany(i => i.Sectors).Distinct().Count());
        Assert.Equal(RepositoryTaxonomy.Terms.Offered(Vocabulary.Type).Count, Sample.SelectMany(i => i.Types).Distinct().Count());
        Assert.Equal(Enum.GetValues<Activity>().Length, Sample.Select(i => i.Activity).Distinct().Count());
        Assert.True(Sample.Count(i => i.Activity == Activity.Active) > Sample.Count * 3 / 4);
    }

    [Fact]
    public void Languages_of_service_follow_the_region()
    {
        Assert.All(Sample.Where(i => i.Region == Region.Flanders), i => Assert.Equal("nl", i.Languages[0]));
        Assert.All(Sample.Where(i => i.Region == Region.Wallonia && !i.Address.PostalCode.StartsWith("47")), i => Assert.Equal("fr", i.Languages[0]));
        Assert.All(Sample.Where(i => i.Address.PostalCode.StartsWith("47")), i => Assert.Equal("de", i.Languages[0]));
        Assert.All(Sample.Where(i => i.Region == Region.Brussels), i => Assert.Contains(i.Languages[0], new[] { "fr", "nl" }));
    }

    [Fact]
    public void Initiatives_point_only_to_organisations_of_the_same_seed()
    {
        var ids = SyntheticDirectory.Organisations(11).Select(o => o.Id).ToHashSet();

        Assert.All(Sample.Where(i => i.OrganisationId is not null), i => Assert.Contains(i.OrganisationId!.Value, ids));
        Assert.InRange(Sample.Count(i => i.OrganisationId is not null), Sample.Count / 4, Sample.Count * 3 / 4);
    }
}
