using Cartography.Core.Content;

namespace Cartography.Core.Tests.Content;

public class SlugsTests
{
    [Theory]
    [InlineData("Santé mentale à Liège", "sante-mentale-a-liege")]
    [InlineData("Ervaringsdeskundigen  in  de GGZ!", "ervaringsdeskundigen-in-de-ggz")]
    [InlineData("L'Œuvre — d'entraide", "l-uvre-d-entraide")]
    [InlineData("  --Housing First--  ", "housing-first")]
    public void Slug_is_lower_case_ascii_joined_by_hyphens(string text, string slug) =>
        Assert.Equal(slug, Slugs.From(text));

    [Fact]
    public void Unique_appends_the_first_free_number()
    {
        var taken = new HashSet<string> { "housing-first", "housing-first-2" };

        Assert.Equal("housing-first-3", Slugs.Unique("housing-first", taken.Contains));
        Assert.Equal("other", Slugs.Unique("other", taken.Contains));
    }

    [Fact]
    public void A_name_with_no_letter_gets_item_then_item_2_never_a_bare_number()
    {
        Assert.Equal("item-2", Slugs.Unique(Slugs.From("«»"), s => s == "item"));
    }
}
