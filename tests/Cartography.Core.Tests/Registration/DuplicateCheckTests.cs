using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;

namespace Cartography.Core.Tests.Registration;

public class DuplicateCheckTests
{
    private static Initiative At(string name, string postalCode = "1000", string? website = null, string? nl = null) => new()
    {
        Name = LocalizedText.Of(fr: name, nl: nl), Status = "volunteer", Address = new Address(null, postalCode, "Bruxelles"), Website = website,
    };

    [Theory]
    [InlineData("Pair à pair", "Pair-à-pair")]
    [InlineData("PAIR A PAIR", "pair à pair")]
    [InlineData("Similes", "Similes Bruxelles")]
    [InlineData("Groupe d'entraide de Namur", "Groupe entraide Namur")]
    [InlineData("Entendeurs de voix Bruxelles", "Réseau des entendeurs de voix Bruxelles")]
    [InlineData("Rétablissement", "Retablisement")]
    [InlineData("Pairs aidants", "Pair aidants")]
    public void Names_that_fold_to_the_same_words_or_differ_by_little_are_similar(string a, string b)
    {
        Assert.True(DuplicateCheck.SimilarNames(LocalizedText.Of(fr: a), LocalizedText.Of(fr: b)));
        Assert.True(DuplicateCheck.SimilarNames(LocalizedText.Of(fr: b), LocalizedText.Of(fr: a)));
    }

    [Theory]
    [InlineData("Pair à pair", "Entendeurs de voix")]
    [InlineData("Café", "Café des pairs")]
    [InlineData("Groupe de parole Liège", "Groupe de marche Namur")]
    [InlineData("Sel", "Sol")]
    [InlineData("Les Pairs", "Les Amis")]
    public void Names_that_share_little_are_not_similar(string a, string b)
    {
        Assert.False(DuplicateCheck.SimilarNames(LocalizedText.Of(fr: a), LocalizedText.Of(fr: b)));
    }

    [Fact]
    public void Names_are_compared_in_any_culture_against_any_culture()
    {
        Assert.True(DuplicateCheck.SimilarNames(LocalizedText.Of(fr: "Pairs en santé", nl: "Lotgenoten Gezond"), LocalizedText.Of(nl: "Lotgenoten gezond")));
        Assert.True(DuplicateCheck.SimilarNames(LocalizedText.Of(en: "Peer Café"), LocalizedText.Of(fr: "Peer café")));
    }

    [Theory]
    [InlineData("https://www.example.be/pairs/", "example.be/pairs")]
    [InlineData("HTTP://Example.be/Pairs", "https://example.be/pairs/")]
    [InlineData("www.example.be", "https://example.be/")]
    [InlineData("https://example.be/pairs?utm=1#top", "example.be/pairs")]
    public void Websites_are_the_same_whatever_the_scheme_www_trailing_slash_or_case(string a, string b)
    {
        Assert.NotNull(DuplicateCheck.WebsiteKey(a));
        Assert.Equal(DuplicateCheck.WebsiteKey(a), DuplicateCheck.WebsiteKey(b));
    }

    [Theory]
    [InlineData("https://example.be/pairs", "https://example.be/autres")]
    [InlineData("https://example.be", "https://exemple.be")]
    public void Websites_on_other_paths_or_hosts_differ(string a, string b)
    {
        Assert.NotEqual(DuplicateCheck.WebsiteKey(a), DuplicateCheck.WebsiteKey(b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a website")]
    public void What_is_no_web_address_has_no_key(string? website)
    {
        Assert.Null(DuplicateCheck.WebsiteKey(website));
    }

    [Fact]
    public void A_similar_name_counts_only_at_the_same_postal_code_and_a_shared_website_counts_anywhere()
    {
        Assert.Equal(DuplicateReasons.SimilarName, DuplicateCheck.Compare(At("Pair à pair"), At("Pair-à-pair")));
        Assert.Equal(DuplicateReasons.None, DuplicateCheck.Compare(At("Pair à pair"), At("Pair à pair", postalCode: "4000")));
        Assert.Equal(DuplicateReasons.SameWebsite, DuplicateCheck.Compare(At("Un", website: "https://www.a.be/"), At("Autre", postalCode: "4000", website: "a.be")));
        Assert.Equal(DuplicateReasons.SimilarName | DuplicateReasons.SameWebsite, DuplicateCheck.Compare(At("Un nom", website: "a.be"), At("Un nom", website: "http://a.be")));
    }

    [Fact]
    public void The_index_finds_by_postal_code_and_by_website_and_leaves_out_what_it_is_told_to()
    {
        var (same, elsewhere, site, self) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var index = new DuplicateIndex([
            (same, At("Pair à pair")), (elsewhere, At("Pair à pair", postalCode: "9000")),
            (site, At("Tout autre chose", postalCode: "8000", website: "https://www.pairs.be/liege")),
            (self, At("Pair a pair")),
        ]);

        var matches = index.Find(At("Pair-à-pair", website: "pairs.be/liege/"), self);

        Assert.Equal(
            [new DuplicateMatch(same, DuplicateReasons.SimilarName), new DuplicateMatch(site, DuplicateReasons.SameWebsite)],
            matches.OrderBy(m => m.Reasons));
        Assert.Empty(index.Find(At("Pair-à-pair", postalCode: "5000", website: "pairs.be/namur")));
    }
}
