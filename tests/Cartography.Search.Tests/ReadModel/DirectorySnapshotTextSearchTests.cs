using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;
using static Cartography.Search.Tests.ReadModel.SampleDirectory;

namespace Cartography.Search.Tests.ReadModel;

/// <summary>The free-text part of a query. See <see cref="SampleDirectory"/> for the table.</summary>
public class DirectorySnapshotTextSearchTests
{
    private static readonly DirectorySnapshot Snapshot = Build();

    private static IReadOnlyList<string> Found(string text, Culture? culture = null)
    {
        var page = Snapshot.Query(new InitiativeQuery { Text = text, Culture = culture ?? Culture.Fr });
        Assert.Equal(page.Items.Count, page.Total);
        return SortedLabelsOf(page);
    }

    [Theory]
    [InlineData("retablissement")]
    [InlineData("Rétablissement")]
    [InlineData("RÉTABLISSEMENT")]
    [InlineData("RETABLISSEMENT")]
    [InlineData("re\u0301tablissement")]
    public void Text_ignores_accents_and_case(string text)
    {
        Assert.Equal(["maison"], Found(text));
    }

    [Theory]
    [InlineData("LIEGE")]
    [InlineData("liège")]
    [InlineData("Liege")]
    public void Text_finds_the_city_whatever_its_accents_and_case(string text)
    {
        Assert.Equal(["ecoute"], Found(text));
    }

    [Fact]
    public void Text_finds_the_city_even_when_no_name_mentions_it()
    {
        Assert.Equal(["arlon"], Found("arlon"));
        Assert.Equal(["ancrage"], Found("Ixelles"));
    }

    [Fact]
    public void Every_word_must_match_somewhere_in_the_initiative()
    {
        Assert.Equal(["arlon", "ecoute"], Found("pairs"));
        Assert.Equal(["ecoute"], Found("pairs liège"));
        Assert.Equal(["arlon"], Found("ARLON pairs"));
    }

    [Fact]
    public void Words_that_each_match_a_different_initiative_find_nothing()
    {
        Assert.Equal(["maison"], Found("retablissement"));
        Assert.Equal(["ancrage"], Found("anker"));

        Assert.Empty(Found("retablissement anker"));
    }

    [Fact]
    public void Extra_whitespace_between_words_does_not_matter()
    {
        Assert.Equal(["ecoute"], Found("  pairs \t\n  liege  "));
    }

    [Fact]
    public void Text_matches_the_name_in_a_culture_other_than_the_query_s()
    {
        Assert.Equal(["ancrage"], Found("anker", Culture.Fr));
        Assert.Equal(["ancrage"], Found("ancrage", Culture.Nl));
        Assert.Equal(["ecoute"], Found("lotgenoten", Culture.En));
    }

    [Fact]
    public void The_description_is_searched_in_the_page_s_language_or_the_one_shown_in_its_place()
    {
        Assert.Equal(["academie"], Found("experience", Culture.En));
        Assert.Equal(["academie"], Found("ervaringsdeskundigen", Culture.Fr)); // no French text: the Dutch one is shown
        Assert.Equal(["arlon"], Found("soutien", Culture.Nl));
        Assert.Empty(Found("experience", Culture.Nl));
    }

    [Fact]
    public void Text_matches_the_organisation_s_name_in_any_culture()
    {
        Assert.Equal(["ancrage", "maison"], Found("bruxelloise"));
        Assert.Equal(["ecoute"], Found("reseau wallon"));
        Assert.Equal(["ancrage", "maison", "zelfhulp"], Found("zelfhulp"));
    }

    [Fact]
    public void The_last_word_may_be_the_start_of_a_longer_word_as_while_typing()
    {
        Assert.Equal(["academie", "maison"], Found("herstel"));
        Assert.Equal(["academie"], Found("herstelacad"));
        Assert.Empty(Found("herstel xyz"));
    }

    [Fact]
    public void Text_that_appears_nowhere_finds_nothing()
    {
        var page = Snapshot.Query(new InitiativeQuery { Text = "astrologie" });

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Items);
    }

    [Fact]
    public void Text_narrows_the_facets_and_the_facets_narrow_the_text()
    {
        var query = new InitiativeQuery { Text = "bruxelloise", Sectors = new HashSet<string> { "mental-health" } };

        Assert.Equal(["maison"], SortedLabelsOf(Snapshot.Query(query)));
    }

    [Fact]
    public void Text_does_not_match_the_postal_code_or_facet_keys()
    {
        Assert.Empty(Found("6700"));
        Assert.Empty(Found("one-to-one"));
        Assert.Empty(Found("poverty-homelessness"));
    }

    [Fact]
    public void An_initiative_whose_organisation_is_not_published_is_still_found_by_its_own_text()
    {
        var initiative = new Published<Initiative>(Guid.NewGuid(), Initiative(LocalizedText.Of(fr: "Groupe"), "5000", "Namur") with
        {
            OrganisationId = Guid.NewGuid(),
        });
        var snapshot = new DirectorySnapshot([initiative], [], [], [], TermSet.Empty);

        var page = snapshot.Query(new InitiativeQuery { Text = "groupe namur" });

        Assert.Equal([initiative.Id], page.Items.Select(i => i.Id));
    }
}
