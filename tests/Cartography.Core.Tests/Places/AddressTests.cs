using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Core.Tests.Places;

/// <summary>An address's place: matched on every write, named in the page's culture, never left pointing at another town.</summary>
public sealed class AddressTests
{
    [Fact]
    public void An_edit_that_moves_the_postal_code_to_a_place_the_city_does_not_name_leaves_no_stale_municipality()
    {
        var liege = new Address(null, "4000", "Liège").Resolved();
        Assert.Equal("62063", liege.Municipality);

        var moved = (liege with { PostalCode = "7000" }).Resolved();

        Assert.Null(moved.Municipality);
        Assert.Equal("Liège", moved.City);
        Assert.Equal(Province.Hainaut, moved.Province);
        Assert.Equal("Liège", moved.CityIn(Culture.Nl));
    }

    [Fact]
    public void A_postal_code_with_several_places_keeps_the_one_the_city_names()
    {
        var limal = new Address(null, "1300", "limal").Resolved();
        var wavre = new Address(null, "1300", "Waver").Resolved();

        Assert.Equal("Limal", limal.City);
        Assert.Equal("Limal", limal.CityIn(Culture.Nl));
        Assert.Equal(limal.Municipality, wavre.Municipality);
        Assert.Equal("Wavre", wavre.City);
        Assert.Equal("Waver", wavre.CityIn(Culture.Nl));
    }

    [Theory]
    [InlineData("4000", "Liège", "Liège", "Luik", "Liège")]
    [InlineData("7000", "Mons", "Mons", "Bergen", "Mons")]
    [InlineData("1000", "Bruxelles", "Bruxelles", "Brussel", "Brussels")]
    [InlineData("1050", "Ixelles", "Ixelles", "Elsene", "Ixelles / Elsene")]
    [InlineData("2000", "Antwerpen", "Anvers", "Antwerpen", "Antwerp")]
    [InlineData("4700", "Eupen", "Eupen", "Eupen", "Eupen")]
    public void A_resolved_address_names_its_place_in_each_culture(string code, string city, string fr, string nl, string en)
    {
        var address = new Address(null, code, city).Resolved();

        Assert.NotNull(address.Municipality);
        Assert.Equal(fr, address.CityIn(Culture.Fr));
        Assert.Equal(nl, address.CityIn(Culture.Nl));
        Assert.Equal(en, address.CityIn(Culture.En));
    }

    [Fact]
    public void A_record_stored_before_places_were_matched_is_named_by_its_city_until_it_is_migrated()
    {
        var old = new Address(null, "9000", "Gent");

        Assert.Null(old.Municipality);
        Assert.Equal("Gand", old.CityIn(Culture.Fr));
        Assert.Equal("Ghent", old.CityIn(Culture.En));
    }
}
