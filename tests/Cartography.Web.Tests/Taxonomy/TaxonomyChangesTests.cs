using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Taxonomy;
using Cartography.Web.Features.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Taxonomy;

/// <summary>A change made through the taxonomy editor reaches the public pages once the read model catches up, as a publish does.</summary>
public class TaxonomyChangesTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    private TaxonomyEditor Editor => factory.Services.GetRequiredService<TaxonomyEditor>();

    private Task CatchUpAsync() => factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

    private async Task<string> HousingFirstPageAsync()
    {
        var list = await client.GetAsync("/fr/?q=housing+first+smes", expectOk: true);
        return list.QuerySelector(".result-list a")!.GetAttribute("href")!;
    }

    private async Task<string> TextOfAsync(string url) => (await client.GetAsync(url, expectOk: true)).Body!.TextContent;

    private async Task<string?> SectorFilterLabelAsync(string key)
    {
        var list = await client.GetAsync("/fr/", expectOk: true);
        // The home search's label, without the count of initiatives it would give: "Habitat et logement (5)".
        var label = list.QuerySelector($"label[for=sector-{key}]");
        label?.QuerySelector(".facet-count")?.Remove();
        return label?.TextContent.Trim();
    }

    [Fact]
    public async Task A_relabelled_sector_shows_its_new_label_on_the_public_pages()
    {
        var detail = await HousingFirstPageAsync();
        Assert.Contains("Logement", await TextOfAsync(detail));

        var outcome = await Editor.RelabelAsync(Vocabulary.Sector, "housing", LocalizedText.Of("Habitat et logement", "Wonen", "Housing"));
        await CatchUpAsync();

        Assert.Equal(TaxonomyStatus.Relabelled, outcome.Status);
        Assert.Contains("Habitat et logement", await TextOfAsync(detail));
        Assert.Equal("Habitat et logement", await SectorFilterLabelAsync("housing"));
    }

    [Fact]
    public async Task A_retired_sector_is_no_longer_offered_as_a_filter_but_still_labels_the_initiatives_that_have_it()
    {
        var detail = await HousingFirstPageAsync();
        Assert.NotNull(await SectorFilterLabelAsync("poverty-homelessness"));

        await Editor.RetireAsync(Vocabulary.Sector, "poverty-homelessness");
        await CatchUpAsync();

        Assert.Null(await SectorFilterLabelAsync("poverty-homelessness"));
        Assert.Contains("Pauvreté et sans-abrisme", await TextOfAsync(detail));
        await Editor.ReinstateAsync(Vocabulary.Sector, "poverty-homelessness");
        await CatchUpAsync();
        Assert.NotNull(await SectorFilterLabelAsync("poverty-homelessness"));
    }
}
