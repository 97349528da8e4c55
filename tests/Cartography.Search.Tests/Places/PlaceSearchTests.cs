using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Search.Map;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Search.Tests.ReadModel;

namespace Cartography.Search.Tests.Places;

/// <summary>Every name of an initiative's place finds it, its place is named in the request's culture, and municipality= filters.</summary>
public sealed class PlaceSearchTests
{
    private static readonly Guid InLiege = Guid.Parse("00000000-0000-0000-0000-00000000a001");
    private static readonly Guid AlsoInLiege = Guid.Parse("00000000-0000-0000-0000-00000000a002");
    private static readonly Guid InAntwerp = Guid.Parse("00000000-0000-0000-0000-00000000a003");
    private static readonly Guid InMons = Guid.Parse("00000000-0000-0000-0000-00000000a004");
    private static readonly Guid InGhentAboutMountains = Guid.Parse("00000000-0000-0000-0000-00000000a005");
    private static readonly Guid InIxelles = Guid.Parse("00000000-0000-0000-0000-00000000a006");

    private static readonly string Liege = BelgianPlaces.Belgium.Find("4000", "Liège")!.Municipality.NisCode;
    private static readonly string Mons = BelgianPlaces.Belgium.Find("7000", "Mons")!.Municipality.NisCode;

    private static readonly DirectorySnapshot Snapshot = new(
    [
        // Written as records not yet migrated (no NIS code), in the spelling of the municipality's own language.
        Published(InLiege, "Groupe de parole", "4000", "Liège", new GeoPoint(50.633, 5.567)),
        Published(AlsoInLiege, "Atelier d'écriture", "4000", "Liege", new GeoPoint(50.640, 5.570)),
        Published(InAntwerp, "Ontmoetingshuis", "2000", "Antwerpen", new GeoPoint(51.219, 4.402)),
        Published(InMons, "Maison de l'entraide", "7000", "Mons", new GeoPoint(50.454, 3.952)),
        Published(InGhentAboutMountains, "Wandelgroep", "9000", "Gent", new GeoPoint(51.054, 3.717),
            "Wij bergen onze zorgen op en wandelen in de bergen."),
        // Migrated: the address carries its municipality.
        Published(InIxelles, "Permanence", "1050", "Ixelles", new GeoPoint(50.827, 4.372), resolved: true),
    ], [], [], [], SampleDirectory.Terms);

    [Theory]
    [InlineData("fr", "luik")]
    [InlineData("nl", "liege")]
    [InlineData("nl", "Liège")]
    [InlineData("en", "lüttich")]
    [InlineData("en", "luttich")]
    [InlineData("fr", "lütt")] // the last word is matched as a beginning while typing
    public void Any_name_of_Liege_finds_its_initiatives_whatever_the_culture(string culture, string text)
    {
        var found = Ids(new InitiativeQuery { Culture = Culture.Parse(culture), Text = text });
        Assert.Equal(new[] { InLiege, AlsoInLiege }.Order(), found.Order());
    }

    [Theory]
    [InlineData("nl", "anvers", "InAntwerp")]
    [InlineData("fr", "antwerpen", "InAntwerp")]
    [InlineData("en", "antwerp", "InAntwerp")]
    [InlineData("nl", "elsene", "InIxelles")]
    [InlineData("fr", "gand", "InGhentAboutMountains")]
    public void Other_language_names_find_the_place(string culture, string text, string expected)
    {
        var id = expected switch { "InAntwerp" => InAntwerp, "InIxelles" => InIxelles, _ => InGhentAboutMountains };
        Assert.Equal([id], Ids(new InitiativeQuery { Culture = Culture.Parse(culture), Text = text }));
    }

    [Fact]
    public void Bergen_on_a_Dutch_page_puts_Mons_before_a_text_that_uses_the_word()
    {
        var found = Ids(new InitiativeQuery { Culture = Culture.Nl, Text = "bergen" });
        Assert.Equal(InMons, found[0]);
        Assert.Contains(InGhentAboutMountains, found);
    }

    [Theory]
    [InlineData("nl", "Luik")]
    [InlineData("fr", "Liège")]
    [InlineData("en", "Liège")]
    public void The_place_is_named_in_the_culture_in_popups_and_cluster_labels(string culture, string expected)
    {
        var c = Culture.Parse(culture);
        Assert.Equal(expected, Snapshot.CityIn(Snapshot.FindInitiative(InLiege)!, c));
        // Close in: each initiative is a pin with its city.
        var pins = Features(c, Box(5.5, 50.6, 5.6, 50.7), 18);
        Assert.All(pins, pin => Assert.Equal(expected, pin.GetProperty("properties").GetProperty("city").GetString()));
        Assert.Equal(2, pins.Count);
        // Far out: the two are one cluster, named after their place, whatever spelling was written.
        var cluster = Assert.Single(Features(c, Box(5.0, 50.3, 6.0, 51.0), 6));
        Assert.True(cluster.GetProperty("properties").GetProperty("cluster").GetBoolean());
        Assert.Equal(expected, cluster.GetProperty("properties").GetProperty("city").GetString());
    }

    [Fact]
    public void Ixelles_is_named_in_Dutch_on_a_Dutch_page() =>
        Assert.Equal("Elsene", Snapshot.CityIn(Snapshot.FindInitiative(InIxelles)!, Culture.Nl));

    [Fact]
    public void The_municipality_filter_keeps_one_place_or_several_and_narrows_with_provinces()
    {
        Assert.Equal(new[] { InLiege, AlsoInLiege }.Order(), Ids(new InitiativeQuery { Municipalities = new HashSet<string> { Liege } }).Order());
        Assert.Equal(new[] { InLiege, AlsoInLiege, InMons }.Order(), Ids(new InitiativeQuery { Municipalities = new HashSet<string> { Liege, Mons } }).Order());
        Assert.Equal(new[] { InLiege, AlsoInLiege }.Order(), Ids(new InitiativeQuery { Municipalities = new HashSet<string> { Liege, Mons }, Provinces = new HashSet<Province> { Province.Liege } }).Order());
        Assert.Empty(Ids(new InitiativeQuery { Municipalities = new HashSet<string> { Liege }, Provinces = new HashSet<Province> { Province.Antwerp } }));
    }

    [Fact]
    public void Municipality_counts_ignore_the_municipality_filter_but_follow_the_others()
    {
        var result = Snapshot.Search().Search(new InitiativeQuery { Municipalities = new HashSet<string> { Mons }, CountMunicipalities = true });
        Assert.Equal(1, result.Total);
        Assert.Equal(2, result.Municipalities![Liege]);
        Assert.Equal(1, result.Municipalities[Mons]);
        var inLiegeProvince = Snapshot.Search().Search(new InitiativeQuery { Provinces = new HashSet<Province> { Province.Liege }, CountMunicipalities = true });
        Assert.Equal([Liege], inLiegeProvince.Municipalities!.Keys);
    }

    [Theory]
    [InlineData("nl", "lu", "Luik")]
    [InlineData("fr", "lu", "Liège")]
    [InlineData("fr", "LÜTT", "Liège")]
    public void Place_suggestions_offer_the_municipality_in_the_culture_with_its_count(string culture, string typed, string name)
    {
        var suggestion = Assert.Single(Snapshot.Search().SuggestPlaces(new InitiativeQuery { Culture = Culture.Parse(culture) }, typed));
        Assert.Equal(Liege, suggestion.NisCode);
        Assert.Equal(name, suggestion.Name);
        Assert.Equal(2, suggestion.Count);
        Assert.InRange(suggestion.Centre.Latitude, 50.5, 50.8);
    }

    [Fact]
    public void Place_suggestions_count_for_the_current_filters_and_leave_out_places_without_hits()
    {
        Assert.Empty(Snapshot.Search().SuggestPlaces(new InitiativeQuery { Provinces = new HashSet<Province> { Province.Antwerp } }, "lu"));
        Assert.Empty(Snapshot.Search().SuggestPlaces(new InitiativeQuery(), "namur"));
    }

    private static List<Guid> Ids(InitiativeQuery query) =>
        Snapshot.Search().Search(query).Items.Select(i => i.Initiative.Id).ToList();

    private static List<JsonElement> Features(Culture culture, BoundingBox box, int zoom)
    {
        var layer = Snapshot.Search().Search(new InitiativeQuery { Culture = culture }, new MapRequest(box, zoom)).Map!;
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(layer.Features, MapLayer.JsonOptions));
        return json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone()).ToList();
    }

    private static BoundingBox Box(double west, double south, double east, double north) =>
        BoundingBox.TryCreate(west, south, east, north, out var box, out _) ? box : throw new ArgumentException("bad box");

    private static Published<Initiative> Published(Guid id, string name, string postalCode, string city, GeoPoint location, string? description = null, bool resolved = false)
    {
        var address = new Address(null, postalCode, city);
        return new(id, SampleDirectory.Initiative(LocalizedText.Of(fr: name, nl: name, en: name), postalCode, city) with
        {
            Address = resolved ? address.Resolved() : address,
            Location = location,
            Description = description is null ? LocalizedText.Empty : LocalizedText.Of(fr: description, nl: description, en: description),
        });
    }
}
