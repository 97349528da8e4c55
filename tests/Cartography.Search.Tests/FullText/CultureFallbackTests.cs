using Cartography.Core.Cultures;
using Cartography.Search.FullText;
using static Cartography.Search.Tests.FullText.Initiatives;

namespace Cartography.Search.Tests.FullText;

/// <summary>Each culture's index holds that culture's text, or the text that stands in for it (fr, then nl, then en).</summary>
public sealed class CultureFallbackTests : IDisposable
{
    private static readonly IndexDocument Translated = new(
        Guid.NewGuid(),
        LocalizedText.Of(fr: "Maison d'accueil", nl: "Onthaalhuis"),
        LocalizedText.Of(fr: "Pour les proches.", nl: "Voor naasten."),
        "Bruxelles",
        null);

    private readonly TestIndex index = TestIndex.With(
        French("Entraide psychiatrie", "Groupe de parole entre pairs."),
        Dutch("Lotgenotengroep", "Voor jongeren."),
        Translated);

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void An_initiative_written_only_in_French_is_found_in_every_culture(string culture)
    {
        Assert.Equal(["Entraide psychiatrie"], index.Found(Culture.Parse(culture), "psychiatrie pairs"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void An_initiative_written_only_in_Dutch_is_found_in_every_culture(string culture)
    {
        Assert.Equal(["Lotgenotengroep"], index.Found(Culture.Parse(culture), "jongeren"));
    }

    [Fact]
    public void A_culture_with_its_own_text_is_searched_in_that_text_and_the_names_in_the_others()
    {
        Assert.Equal(["Maison d'accueil"], index.Found(Culture.Nl, "onthaalhuis naasten"));
        Assert.Equal(["Maison d'accueil"], index.Found(Culture.Fr, "onthaalhuis")); // the Dutch name typed on the French page
        Assert.Equal(["Maison d'accueil"], index.Found(Culture.Nl, "accueil")); // and the other way round
        Assert.Empty(index.Found(Culture.Fr, "naasten")); // a word only in the Dutch description
    }

    [Fact]
    public void A_missing_culture_falls_back_to_French_first()
    {
        Assert.Equal(["Maison d'accueil"], index.Found(Culture.En, "accueil proches"));
        Assert.Empty(index.Found(Culture.En, "naasten"));
    }

    [Fact]
    public void The_city_is_searched_in_every_culture()
    {
        foreach (var culture in Culture.All)
            Assert.Equal(["Maison d'accueil"], index.Found(culture, "bruxelles"));
    }
}
