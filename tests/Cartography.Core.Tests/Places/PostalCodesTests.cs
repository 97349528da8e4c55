using Cartography.Core.Places;

namespace Cartography.Core.Tests.Places;

public class PostalCodesTests
{
    [Theory]
    [InlineData("1000", "brussels", "brussels")]
    [InlineData("1299", "brussels", "brussels")]
    [InlineData("1300", "walloon-brabant", "wallonia")]
    [InlineData("1499", "walloon-brabant", "wallonia")]
    [InlineData("1500", "flemish-brabant", "flanders")]
    [InlineData("1999", "flemish-brabant", "flanders")]
    [InlineData("2000", "antwerp", "flanders")]
    [InlineData("3000", "flemish-brabant", "flanders")]
    [InlineData("3499", "flemish-brabant", "flanders")]
    [InlineData("3500", "limburg", "flanders")]
    [InlineData("4000", "liege", "wallonia")]
    [InlineData("4700", "liege", "wallonia")]
    [InlineData("5000", "namur", "wallonia")]
    [InlineData("6000", "hainaut", "wallonia")]
    [InlineData("6599", "hainaut", "wallonia")]
    [InlineData("6600", "luxembourg", "wallonia")]
    [InlineData("6999", "luxembourg", "wallonia")]
    [InlineData("7000", "hainaut", "wallonia")]
    [InlineData("8000", "west-flanders", "flanders")]
    [InlineData("9000", "east-flanders", "flanders")]
    [InlineData(" 9999 ", "east-flanders", "flanders")]
    public void Postal_code_gives_province_and_region(string postalCode, string province, string region)
    {
        Assert.Equal(province, PostalCodes.ProvinceOf(postalCode)?.Key);
        Assert.Equal(region, PostalCodes.RegionOf(postalCode)?.Key);
    }

    [Theory]
    [InlineData("0999")]
    [InlineData("999")]
    [InlineData("10000")]
    [InlineData("1O00")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("B-1000")]
    public void Anything_but_four_digits_from_1000_is_not_a_postal_code(string? postalCode)
    {
        Assert.False(PostalCodes.IsValid(postalCode));
        Assert.Null(PostalCodes.ProvinceOf(postalCode));
    }

    [Fact]
    public void Every_province_is_reachable_from_some_postal_code()
    {
        var reached = Enumerable.Range(1000, 9000).Select(n => PostalCodes.ProvinceOf(n.ToString())).Distinct();

        Assert.Equal(Province.All.OrderBy(p => p.Key), reached.OrderBy(p => p!.Key));
    }
}
