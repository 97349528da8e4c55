using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;

namespace Cartography.Core.Tests.Content;

public sealed class ResourceRulesTests
{
    private static readonly TermSet Terms = new([
        new Term(Vocabulary.ResourceCategory, "guide", LocalizedText.Of(en: "Guide"), 1),
        new Term(Vocabulary.ResourceTheme, "training", LocalizedText.Of(en: "Training"), 1),
    ]);

    private static readonly Resource Valid = new()
    {
        Title = LocalizedText.Of(fr: "Guide : la pair-aidance en équipe", en: "Peer work in teams (2nd edition), a guide"),
        Category = "guide", DocumentLanguage = "fr", Themes = ["training"], Publisher = "Érès",
        Link = "https://example.org/guide.pdf", Doi = "10.1007/s00127-019-01739-1",
    };

    private static IReadOnlyList<(string, string)> Problems(Resource resource) =>
        ResourceRules.Validate(resource, Terms, 2026).Select(v => (v.Field, v.Code)).ToList();

    [Fact]
    public void A_complete_resource_is_valid() => Assert.Empty(Problems(Valid));

    [Theory]
    [InlineData("*Social Psychiatry* and peer work")]
    [InlineData("Peer work, **the guide**")]
    [InlineData("The _recovery_ handbook")]
    [InlineData("See [the guide](https://example.org)")]
    [InlineData("The `peer` tool")]
    public void A_title_with_markdown_is_refused(string title)
    {
        Assert.Equal([("title", "Rule_Title_Markdown")], Problems(Valid with { Title = LocalizedText.Of(en: title) }));
    }

    [Theory]
    [InlineData("Pair-aidance : 5 * 3 équipes")]
    [InlineData("snake_case_names in a title")]
    [InlineData("Rétablissement [2e édition]")]
    public void Stars_underscores_and_brackets_that_are_no_markdown_pass(string title)
    {
        Assert.Empty(Problems(Valid with { Title = LocalizedText.Of(fr: title) }));
    }

    [Theory]
    [InlineData("10.1080/09687637.2018.1494134", true)]
    [InlineData("10.1000.10/abc(1)-x", true)]
    [InlineData("https://doi.org/10.1007/s00127-019-01739-1", false)]
    [InlineData("doi:10.1007/s00127", false)]
    [InlineData("10.12/short-registrant", false)]
    [InlineData("10.1007/with space", false)]
    [InlineData("10.1007/\"><script>", false)]
    public void A_doi_is_its_bare_form(string doi, bool valid)
    {
        Assert.Equal(valid, ResourceRules.IsDoi(doi));
        Assert.Equal(valid ? [] : [("doi", "Rule_Doi_Invalid")], Problems(Valid with { Doi = doi }));
    }

    [Fact]
    public void A_doi_is_read_at_the_resolver_before_the_link()
    {
        Assert.Equal("https://doi.org/10.1007/s00127-019-01739-1", Valid.Href);
        Assert.Equal("https://example.org/guide.pdf", (Valid with { Doi = null }).Href);
        Assert.Null((Valid with { Doi = null, Link = null }).Href);
    }

    [Fact]
    public void Unknown_themes_a_long_publisher_and_a_link_that_is_no_web_address_are_refused()
    {
        var resource = Valid with { Themes = ["training", "astrology"], Publisher = new string('p', 201), Link = "javascript:alert(1)" };

        Assert.Equal([("themes", "Rule_Theme_Unknown"), ("publisher", "Rule_Publisher_TooLong"), ("link", "Rule_Link_Invalid")], Problems(resource));
    }
}
