using System.Text.Json;
using Cartography.Core.Cultures;

namespace Cartography.Core.Tests.Cultures;

public class LocalizedTextTests
{
    [Fact]
    public void Reading_an_available_culture_returns_its_own_text()
    {
        var text = LocalizedText.Of(fr: "Rétablissement", nl: "Herstel", en: "Recovery");

        var value = text.For(Culture.Nl);

        Assert.Equal("Herstel", value.Text);
        Assert.Same(Culture.Nl, value.Culture);
        Assert.False(value.IsFallback);
    }

    [Fact]
    public void Missing_culture_falls_back_to_french_first()
    {
        var text = LocalizedText.Of(fr: "Pair-aidance", nl: "Ervaringsdeskundigheid");

        var value = text.For(Culture.En);

        Assert.Equal("Pair-aidance", value.Text);
        Assert.Same(Culture.Fr, value.Culture);
        Assert.True(value.IsFallback);
    }

    [Fact]
    public void Without_french_the_fallback_is_dutch_then_english()
    {
        Assert.Same(Culture.Nl, LocalizedText.Of(nl: "Herstel", en: "Recovery").For(Culture.Fr).Culture);
        Assert.Same(Culture.En, LocalizedText.Of(en: "Recovery").For(Culture.Nl).Culture);
    }

    [Fact]
    public void A_configured_order_changes_the_fallback()
    {
        var englishFirst = new CultureFallback([Culture.En, Culture.Nl, Culture.Fr]);

        var value = LocalizedText.Of(fr: "Bonjour", en: "Hello").For(Culture.Nl, englishFirst);

        Assert.Equal("Hello", value.Text);
    }

    [Fact]
    public void Blank_values_count_as_missing()
    {
        var text = LocalizedText.Of(fr: "Texte", nl: "   ", en: "");

        Assert.Equal([Culture.Nl, Culture.En], text.MissingCultures);
        Assert.True(text.For(Culture.Nl).IsFallback);
    }

    [Fact]
    public void Empty_text_reads_as_empty_not_as_fallback()
    {
        var value = LocalizedText.Empty.For(Culture.Nl);

        Assert.True(value.IsEmpty);
        Assert.False(value.IsFallback);
    }

    [Fact]
    public void Json_round_trip_keeps_each_culture_and_leaves_out_missing_ones()
    {
        var text = LocalizedText.Of(fr: "Logement", en: "Housing");

        var json = JsonSerializer.Serialize(text);
        var back = JsonSerializer.Deserialize<LocalizedText>(json);

        Assert.Equal("""{"fr":"Logement","en":"Housing"}""", json);
        Assert.Equal(text, back);
    }

    [Theory]
    [InlineData("fr", true)]
    [InlineData("NL", true)]
    [InlineData("en", true)]
    [InlineData("de", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_three_cultures_parse(string? code, bool parses) =>
        Assert.Equal(parses, Culture.TryParse(code, out _));
}
