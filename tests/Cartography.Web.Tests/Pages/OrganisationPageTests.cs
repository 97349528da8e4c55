using System.Net.Http.Json;
using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Cartography.Search.ReadModel;
using Cartography.Tests.Shared;
using Cartography.Web.Features.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>/{lang}/organisations/{slug}: who runs initiatives, with every published one they run, reached from "run by".</summary>
public sealed class OrganisationPageTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private DirectorySnapshot Snapshot => factory.Services.GetRequiredService<DirectoryReadModel>().Current;

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task The_run_by_line_links_to_the_organisation_which_lists_its_initiatives_with_a_map(string culture)
    {
        var housingFirst = Snapshot.Initiatives.Single(i => i.Content.Name.In(Culture.En) == "Peer worker in the SMES Housing First team");
        var initiativeUrl = $"/{culture}/initiatives/{housingFirst.Content.Slug.In(Culture.Parse(culture))}";
        var initiative = await client.GetAsync(initiativeUrl, expectOk: true);

        var runBy = initiative.QuerySelector("p.organisation a")!;
        Assert.Equal($"/{culture}/organisations/smes", runBy.GetAttribute("href"));
        Assert.Equal("SMES", runBy.TextContent);
        Assert.EndsWith(" SMES", System.Text.RegularExpressions.Regex.Replace(initiative.QuerySelector("p.organisation")!.TextContent, @"\s+", " ").TrimEnd());

        var page = await client.GetAsync(runBy.GetAttribute("href")!, expectOk: true);

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("SMES", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("https://smes.be", page.QuerySelectorAll("dl.facts a").Select(a => a.GetAttribute("href")));
        var listed = page.QuerySelectorAll(".organisation-initiatives .result h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(initiativeUrl, listed);
        Assert.Equal(Snapshot.InitiativesRunBy(housingFirst.Content.OrganisationId!.Value).Count(), listed.Count);
        var pins = JsonDocument.Parse(page.QuerySelector(".place-map")!.GetAttribute("data-settings")!).RootElement.GetProperty("points");
        Assert.Contains(pins.EnumerateArray(), p => p.GetProperty("href").GetString() == initiativeUrl);
        Assert.Equal(["fr", "nl", "en", "x-default"], page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task The_kind_is_shown_in_the_page_culture()
    {
        var fr = await client.GetAsync("/fr/organisations/smes", expectOk: true);
        var nl = await client.GetAsync("/nl/organisations/smes", expectOk: true);

        Assert.Equal("ASBL", fr.QuerySelector("dl.facts dd")!.TextContent);
        Assert.Equal("vzw", nl.QuerySelector("dl.facts dd")!.TextContent);
        Assert.Equal("Soort organisatie", nl.QuerySelector("dl.facts dt")!.TextContent);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task An_unknown_organisation_is_a_404_in_the_culture_of_the_address(string culture)
    {
        var response = await client.GetAsync($"/{culture}/organisations/no-such-organisation");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(culture, (await Html.ParseAsync(response)).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Every_seeded_organisation_has_a_page_in_each_culture()
    {
        var organisations = Snapshot.Organisations;

        Assert.NotEmpty(organisations);
        foreach (var organisation in organisations)
            foreach (var culture in Culture.All)
            {
                var slug = organisation.Content.Slug.In(culture);
                Assert.False(string.IsNullOrEmpty(slug), $"{organisation.Content.Name} has no {culture.Code} slug");
                var page = await client.GetAsync($"/{culture.Code}/organisations/{slug}", expectOk: true);
                Assert.Equal(organisation.Content.Name.For(culture).Text, page.QuerySelector("h1")!.TextContent.Split(" (")[0]);
            }
    }

    [Fact]
    public async Task An_organisation_stored_without_slugs_gets_them_from_the_backfill_and_then_has_a_page()
    {
        var database = factory.Services.GetRequiredService<CartographyDatabase>();
        var id = await RowsPastTheRules.PublishAsync(database, "from-an-older-release", new Organisation
        {
            Name = LocalizedText.Of(fr: "Collectif d'avant les pages", nl: "Collectief van vroeger"), Kind = "non-profit",
        });
        await factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        Assert.True(Snapshot.Organisations.Single(o => o.Id == id).Content.Slug.IsEmpty);

        var filled = await new PublishedSlugBackfill(factory.Services.GetRequiredService<ContentService>()).FillAsync();

        Assert.True(filled >= 1);
        var slugs = Snapshot.Organisations.Single(o => o.Id == id).Content.Slug;
        Assert.Equal("collectif-d-avant-les-pages", slugs.In(Culture.Fr));
        Assert.Equal("collectief-van-vroeger", slugs.In(Culture.Nl));
        var page = await client.GetAsync("/nl/organisations/collectief-van-vroeger", expectOk: true);
        Assert.Equal("Collectief van vroeger", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(0, await new PublishedSlugBackfill(factory.Services.GetRequiredService<ContentService>()).FillAsync());
    }

    [Fact]
    public async Task An_organisations_name_in_another_language_keeps_its_lang_and_is_not_called_untranslated()
    {
        var id = await RowsPastTheRules.PublishAsync(factory.Services.GetRequiredService<CartographyDatabase>(), "french-only", new Organisation
        {
            Name = LocalizedText.Of(fr: "Les Briques Solidaires"), Slug = LocalizedText.Of("briques-solidaires", "briques-solidaires", "briques-solidaires"),
        });
        await RowsPastTheRules.PublishAsync(factory.Services.GetRequiredService<CartographyDatabase>(), "run-by-briques", new Initiative
        {
            Name = LocalizedText.Of(fr: "Atelier de pairs", nl: "Peeratelier"), Sectors = ["housing"], Types = ["groups"], Status = "volunteer",
            Address = new Core.Places.Address(null, "1000", "Bruxelles"), OrganisationId = id,
            Slug = LocalizedText.Of("atelier-de-pairs", "peeratelier", "atelier-de-pairs"),
        });
        await factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

        var page = await client.GetAsync("/nl/organisations/briques-solidaires", expectOk: true);
        var initiative = await client.GetAsync("/nl/initiatives/peeratelier", expectOk: true);

        var heading = page.QuerySelector("h1")!;
        Assert.Equal(("fr", "Les Briques Solidaires"), (heading.GetAttribute("lang"), heading.TextContent));
        Assert.Null(heading.QuerySelector(".fallback-note"));
        var runBy = initiative.QuerySelector("p.organisation")!;
        Assert.Equal("fr", runBy.QuerySelector("a")!.GetAttribute("lang"));
        Assert.Null(runBy.QuerySelector(".fallback-note"));
        Assert.Equal("/nl/initiatives/peeratelier", page.QuerySelector(".organisation-initiatives a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Head_answers_the_organisation_page_as_get_does_without_a_body()
    {
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/fr/organisations/smes"));

        Assert.Equal(200, (int)head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_api_names_the_organisations_page()
    {
        var housingFirst = Snapshot.Initiatives.Single(i => i.Content.Name.In(Culture.En) == "Peer worker in the SMES Housing First team");

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{housingFirst.Id}?culture=nl");

        Assert.Equal("SMES", details.GetProperty("organisation").GetString());
        Assert.Equal("/nl/organisations/smes", details.GetProperty("organisationUrl").GetString());
    }
}
