using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Core.Tests.Places;

public class BelgianPlacesTests
{
    private static readonly BelgianPlaces Belgium = BelgianPlaces.Belgium;

    [Fact]
    public void The_shipped_tables_load_whole()
    {
        Assert.Equal(565, Belgium.Municipalities.Count);
        Assert.Equal(3090, Belgium.PostalPlaces.Count);
        Assert.Equal(1143, Belgium.PostalCodes.Count());
        Assert.Equal(285, Belgium.Municipalities.Count(m => m.Region == Region.Flanders));
        Assert.Equal(261, Belgium.Municipalities.Count(m => m.Region == Region.Wallonia));
        Assert.Equal(19, Belgium.Municipalities.Count(m => m.Province == Province.Brussels));
        Assert.Equal(9, Belgium.Municipalities.Count(m => m.IsGermanSpeaking));
        Assert.All(Belgium.Municipalities, m => Assert.True(m.Centre.IsInBelgium, m.ToString()));
        Assert.All(Belgium.PostalPlaces.Where(p => p.Position is not null), p => Assert.True(p.Position!.Value.IsInBelgium, p.ToString()));
    }

    [Theory]
    [InlineData("4000", "62063", "Liège", "Luik", "Liège", "Lüttich")]
    [InlineData("7000", "53053", "Mons", "Bergen", "Mons", "Mons")]
    [InlineData("1050", "21009", "Ixelles", "Elsene", "Ixelles / Elsene", null)]
    [InlineData("4700", "63023", "Eupen", "Eupen", "Eupen", "Eupen")]
    [InlineData("3000", "24062", "Louvain", "Leuven", "Leuven", "Löwen")]
    [InlineData("1000", "21004", "Bruxelles", "Brussel", "Brussels", null)]
    [InlineData("2000", "11002", "Anvers", "Antwerpen", "Antwerp", "Antwerpen")]
    [InlineData("9000", "44021", "Gand", "Gent", "Ghent", "Gent")]
    public void A_postal_code_s_seat_has_its_municipality_s_names(string code, string nis, string fr, string nl, string en, string? de)
    {
        var seat = Belgium.PlacesOf(code).Single(p => p.IsSeat && p.Municipality.NisCode == nis);

        Assert.Equal(fr, seat.NameIn(Culture.Fr));
        Assert.Equal(nl, seat.NameIn(Culture.Nl));
        Assert.Equal(en, seat.NameIn(Culture.En));
        if (de is not null) Assert.Contains(de, seat.Municipality.Names);
    }

    [Fact]
    public void A_village_keeps_its_one_name_in_every_language()
    {
        var limal = Belgium.Find("1300", "limal")!;

        Assert.False(limal.IsSeat);
        Assert.Equal("25112", limal.Municipality.NisCode);
        Assert.All(Culture.All, c => Assert.Equal("Limal", limal.NameIn(c)));
        Assert.Equal("Wavre", Belgium.Find("1300", "Waver")!.LocalName);
    }

    [Theory]
    [InlineData("4000", "Luik", "Liège")]
    [InlineData("4000", "LIEGE", "Liège")]
    [InlineData("4000", "Lüttich", "Liège")]
    [InlineData("1210", "sint joost ten node", "Saint-Josse-ten-Noode / Sint-Joost-ten-Node")]
    [InlineData("1050", "Elsene", "Ixelles / Elsene")]
    [InlineData("1050", "Bruxelles", "Bruxelles / Brussel")]
    [InlineData("6680", "Sainte-Ode", "Sainte-Ode")]
    [InlineData("6680", "Tillet", "Tillet")]
    public void A_place_is_found_by_any_of_its_names(string code, string written, string local)
    {
        Assert.Equal(local, Belgium.Find(code, written)?.LocalName);
    }

    [Theory]
    [InlineData("1001", "Bruxelles")]
    [InlineData("9999", "Gent")]
    [InlineData("4000", "Namur")]
    [InlineData("abcd", "Liège")]
    [InlineData(null, "Liège")]
    [InlineData("4000", "")]
    public void What_matches_no_postal_place_finds_nothing(string? code, string name)
    {
        Assert.Null(Belgium.Find(code, name));
    }

    [Fact]
    public void Only_listed_codes_are_postal_codes()
    {
        Assert.True(Belgium.IsPostalCode("1000"));
        Assert.True(Belgium.IsPostalCode(" 4000 "));
        Assert.False(Belgium.IsPostalCode("1001"));
        Assert.False(Belgium.IsPostalCode("9999"));
        Assert.False(Belgium.IsPostalCode(""));
        Assert.Equal(2, Belgium.PlacesOf("1300").Count);
    }

    [Fact]
    public void Locate_puts_6680_within_5_km_of_Sainte_Ode()
    {
        var sainteOde = new GeoPoint(50.0199, 5.5481);
        var located = Belgium.Locate("6680")!.Value;

        Assert.True(Kilometres(located, sainteOde) < 5, $"{located} is {Kilometres(located, sainteOde):0.0} km away");
        Assert.True(Kilometres(Belgium.Locate("6680", "Tillet")!.Value, new GeoPoint(50.0105, 5.5297)) < 1);
        Assert.Null(Belgium.Locate("1001"));
    }

    [Fact]
    public void A_place_without_a_position_falls_back_to_its_municipality_s_centre()
    {
        var place = Belgium.PlacesOf("1006").Single();

        Assert.Null(place.Position);
        Assert.Equal(place.Municipality.Centre, place.Centre);
    }

    [Fact]
    public void The_tables_are_refused_when_their_shape_changes()
    {
        var municipalities = "nis_code,region,province,name_fr,name_nl,name_de,name_en,latitude,longitude\n62063,wallonia,liege,Liège,Luik,Lüttich,,50.6,5.5\n";

        Assert.Throws<InvalidDataException>(() => BelgianPlaces.Load(new StringReader("nis,region\n"), new StringReader("")));
        Assert.Throws<InvalidDataException>(() => BelgianPlaces.Load(new StringReader(municipalities),
            new StringReader("postal_code,nis_code,place_fr,place_nl,place_de,latitude,longitude\n4000,99999,Liège,,,50.6,5.5\n")));
        var loaded = BelgianPlaces.Load(new StringReader(municipalities),
            new StringReader("postal_code,nis_code,place_fr,place_nl,place_de,latitude,longitude\n4000,62063,Liège,,,50.6,5.5\n"));
        Assert.Equal("Luik", loaded.Find("4000", "liège")!.NameIn(Culture.Nl));
    }

    [Fact]
    public void An_address_resolves_to_its_municipality_and_takes_province_from_it()
    {
        var address = new Address("Rue Léopold 1", "4000", "luik").Resolved();

        Assert.Equal("62063", address.Municipality);
        Assert.Equal("Liège", address.City);
        Assert.Equal("Luik", address.CityIn(Culture.Nl));
        Assert.Equal(Province.Liege, address.Province);

        var unmatched = new Address(null, "4000", "Atlantis").Resolved();
        Assert.Null(unmatched.Municipality);
        Assert.Equal("Atlantis", unmatched.CityIn(Culture.Nl));
        Assert.Equal(Province.Liege, unmatched.Province);
    }

    private static double Kilometres(GeoPoint a, GeoPoint b)
    {
        var meanLatitude = (a.Latitude + b.Latitude) / 2 * Math.PI / 180;
        var dx = (b.Longitude - a.Longitude) * 111.32 * Math.Cos(meanLatitude);
        var dy = (b.Latitude - a.Latitude) * 110.57;
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
