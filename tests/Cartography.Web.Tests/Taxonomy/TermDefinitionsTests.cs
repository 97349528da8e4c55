using System.Globalization;
using Bunit;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Taxonomy;
using Cartography.Search.ReadModel;
using Cartography.Web.Features.Backoffice.Taxonomy;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Features.Shared;
using Cartography.Web.Features.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Taxonomy;

/// <summary>What the terms mean: beside the map's facets (plain HTML, no script), on the definitions component, and in the back office editor.</summary>
public class TermDefinitionsTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private TaxonomyEditor Editor => factory.Services.GetRequiredService<TaxonomyEditor>();

    private Task CatchUpAsync() => factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

    private TermSet Terms => factory.Services.GetRequiredService<DirectoryReadModel>().Current.Terms;

    /// <summary>A bUnit context on the running site's own services (its database, read model and resources).</summary>
    private BunitContext Components(string uiCulture)
    {
        var context = new BunitContext();
        CultureInfo.CurrentUICulture = new CultureInfo(uiCulture);
        context.Services.AddLocalization();
        context.Services.AddSingleton(Editor);
        context.Services.AddSingleton(factory.Services.GetRequiredService<DirectoryReadModel>());
        context.Services.AddScoped<PageFallbacks>();
        return context;
    }

    [Theory]
    [InlineData("fr", "sector", "mental-health")]
    [InlineData("nl", "status", "salaried")]
    [InlineData("en", "public", "women")]
    public async Task Each_facet_offers_what_its_terms_mean_in_a_disclosure_that_needs_no_script(string culture, string facet, string key)
    {
        var page = await client.GetAsync($"/{culture}/", expectOk: true);
        Assert.True(Vocabulary.TryParse(facet, out var vocabulary));

        var group = page.QuerySelector($"#{facet}-{key}")!.Closest("fieldset")!;
        var help = group.QuerySelector("details.facet-help")!;
        Assert.Same(group.QuerySelector("legend")!.NextElementSibling, help);
        Assert.NotNull(help.QuerySelector("summary"));
        var definitions = help.QuerySelectorAll("dt").Zip(help.QuerySelectorAll("dd"), (dt, dd) => (Label: dt.TextContent, Text: dd.TextContent)).ToList();
        var term = Terms.Find(vocabulary, key)!;
        Assert.Contains((term.Label.In(Culture.Parse(culture))!, term.Description.In(Culture.Parse(culture))!), definitions);
        Assert.Equal(Terms.Offered(vocabulary).Count, definitions.Count);
        Assert.Empty(page.QuerySelectorAll("details.facet-help dt[id], details.facet-help [id^='sector-']"));
    }

    [Fact]
    public async Task A_description_changed_in_the_editor_reaches_the_facet_help_and_a_missing_culture_falls_back_with_its_lang()
    {
        var outcome = await Editor.DescribeAsync(Vocabulary.Type, "co-research", LocalizedText.Of("Chercher avec les personnes concernées.", null, "Research with the people concerned."));
        await CatchUpAsync();

        Assert.Equal(TaxonomyStatus.Described, outcome.Status);
        var page = await client.GetAsync("/nl/", expectOk: true);
        var help = page.QuerySelector("#type-co-research")!.Closest("fieldset")!.QuerySelector("details.facet-help")!;
        var fallback = help.QuerySelectorAll("dd").Select(dd => dd.QuerySelector("[lang]")).Single(span => span?.TextContent == "Chercher avec les personnes concernées.");
        Assert.Equal("fr", fallback!.GetAttribute("lang"));
    }

    [Fact]
    public void The_definitions_give_a_heading_per_facet_vocabulary_and_an_anchor_per_term()
    {
        using var context = Components("en");

        var definitions = context.Render<TermDefinitions>(p => p.Add(d => d.Culture, Culture.En).Add(d => d.HeadingLevel, 3));

        Assert.Equal(["Sectors", "Types of peer support", "Peer workers' statuses", "Target publics"], definitions.FindAll("h3").Select(h => h.TextContent.Trim()));
        var salaried = definitions.Find("#status-salaried");
        Assert.Equal("dt", salaried.LocalName);
        Assert.Equal(Terms.Find(Vocabulary.Status, "salaried")!.Description.In(Culture.En), salaried.NextElementSibling!.TextContent.Trim());
        Assert.Equal(TermDefinition.Facets.Sum(v => Terms.Offered(v).Count), definitions.FindAll("dt").Count);
        Assert.Equal(definitions.FindAll("[id]").Count, definitions.FindAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void The_back_office_editor_saves_a_term_description_typed_in_each_language()
    {
        using var context = Components("en");
        var editor = context.Render<TaxonomyPage>();
        editor.Find("#vocabulary").Change("public");
        editor.WaitForElement("#description-families-nl");

        editor.Find("#description-families-fr").Change("Parents et proches d'une personne concernée.");
        editor.Find("#description-families-nl").Change("  Ouders en naasten.  ");
        editor.Find("tr.term-description[data-key=families] button").Click();

        editor.WaitForAssertion(() => Assert.Equal("Description saved.", editor.Find("[role=status]").TextContent.Trim()));
        var stored = Editor.ListAsync(Vocabulary.Public).Result.Single(t => t.Term.Key == "families").Term.Description;
        Assert.Equal(("Parents et proches d'une personne concernée.", "Ouders en naasten."), (stored.In(Culture.Fr), stored.In(Culture.Nl)));
        Assert.False(string.IsNullOrEmpty(stored.In(Culture.En)));
    }

    [Fact]
    public void The_back_office_editor_refuses_a_description_too_long_and_says_so()
    {
        using var context = Components("nl");
        var editor = context.Render<TaxonomyPage>();
        var before = Editor.ListAsync(Vocabulary.Sector).Result.Single(t => t.Term.Key == "youth").Term.Description;

        editor.Find("#description-youth-en").Change(new string('a', Term.MaxDescriptionLength + 1));
        editor.Find("tr.term-description[data-key=youth] button").Click();

        editor.WaitForAssertion(() => Assert.Contains("te lang", editor.Find("[role=status]").TextContent));
        Assert.Equal(before, Editor.ListAsync(Vocabulary.Sector).Result.Single(t => t.Term.Key == "youth").Term.Description);
    }
}
