using System.Net.Http.Json;
using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Import;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Tests.Backoffice;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Places;

/// <summary>A place is a municipality: pages and /api/v1/initiatives name it in the page's culture ("Luik" on /nl/).</summary>
public sealed class PlaceNamesTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = site.CreateClient();

    // Written as an importer might ("liege", "elsene"): the content service stores the postal place's spelling and its municipality.
    private async Task ImportAsync()
    {
        var report = await site.ImportAsync(
            "places-liege,Luikproefplaats,Luikproefplaats,Luikproefplaats,Accompagnement,,,,addiction,groups,volunteer,,4000,liege,,,,,,fr,,true",
            "places-ixelles,Elseneproefplaats,Elseneproefplaats,Elseneproefplaats,Accompagnement,,,,addiction,groups,volunteer,,1050,elsene,,,,,,fr,,true");
        Assert.DoesNotContain(report.Rows, r => r.Status == ImportRowStatus.Rejected);
    }

    private async Task<JsonElement> ItemAsync(string culture, string text)
    {
        await ImportAsync();
        var answer = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives?culture={culture}&text={Uri.EscapeDataString(text)}");
        return Assert.Single(answer.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("nl", "Luik")]
    [InlineData("fr", "Liège")]
    [InlineData("en", "Liège")]
    public async Task An_initiative_in_4000_is_named_in_the_asked_culture_in_the_api_with_its_municipality(string culture, string city)
    {
        var item = await ItemAsync(culture, "Luikproefplaats");

        Assert.Equal(city, item.GetProperty("city").GetString());
        Assert.Equal("4000", item.GetProperty("postalCode").GetString());
        Assert.Equal("62063", item.GetProperty("municipality").GetProperty("nisCode").GetString());
        Assert.Equal(city, item.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal("liege", item.GetProperty("province").GetString());

        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{item.GetProperty("id").GetString()}?culture={culture}");
        Assert.Equal(city, one.GetProperty("city").GetString());
        Assert.Equal("62063", one.GetProperty("municipality").GetProperty("nisCode").GetString());
    }

    [Theory]
    [InlineData("en", "Ixelles / Elsene")]
    [InlineData("fr", "Ixelles")]
    [InlineData("nl", "Elsene")]
    public async Task An_initiative_in_1050_is_ixelles_elsene_in_english(string culture, string city)
    {
        var item = await ItemAsync(culture, "Elseneproefplaats");

        Assert.Equal(city, item.GetProperty("city").GetString());
        Assert.Equal("21009", item.GetProperty("municipality").GetProperty("nisCode").GetString());
    }

    [Theory]
    [InlineData("nl", "4000 Luik")]
    [InlineData("fr", "4000 Liège")]
    [InlineData("en", "4000 Liège")]
    public async Task The_initiative_page_and_the_result_list_show_the_place_in_the_page_s_language(string culture, string place)
    {
        var item = await ItemAsync(culture, "Luikproefplaats");

        var page = await client.GetAsync(item.GetProperty("url").GetString()!, expectOk: true);
        var address = Squeeze(page.QuerySelector(".reach address")!.TextContent);
        Assert.Contains(place, address);
        Assert.Equal(culture == "nl", address.Contains("Luik", StringComparison.Ordinal));

        var home = await client.GetAsync($"/{culture}/?q={Uri.EscapeDataString("Luikproefplaats")}", expectOk: true);
        var entry = home.QuerySelectorAll("li.result").Single(r => r.TextContent.Contains("Luikproefplaats", StringComparison.Ordinal));
        Assert.StartsWith(place[5..], Squeeze(entry.QuerySelector(".meta")!.TextContent));
    }

    [Fact]
    public async Task An_old_record_whose_city_matches_no_place_is_listed_on_the_dashboard_and_one_that_matches_is_migrated()
    {
        var database = site.Services.GetRequiredService<CartographyDatabase>();
        var lost = await RowsPastTheRules.PublishAsync(database, "places-old-lost", Old("Atlantisproefplaats", "4000", "Atlantis"));
        var found = await RowsPastTheRules.PublishAsync(database, "places-old-found", Old("Bergenproefplaats", "7000", "Bergen"));

        var report = await new PlaceBackfill(site.Services.GetRequiredService<ContentService>()).FillAsync();
        await site.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

        Assert.Contains(report.Unmatched, u => u.Id == lost && u.PostalCode == "4000" && u.City == "Atlantis");
        Assert.DoesNotContain(report.Unmatched, u => u.Id == found);
        var bergen = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{found}?culture=fr");
        Assert.Equal("Mons", bergen.GetProperty("city").GetString());
        Assert.Equal("53053", bergen.GetProperty("municipality").GetProperty("nisCode").GetString());
        var atlantis = await client.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{lost}?culture=nl");
        Assert.Equal("Atlantis", atlantis.GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.Null, atlantis.GetProperty("municipality").ValueKind);

        var editor = await site.SignInAsAsync(BackofficeRoles.Editor);
        var dashboard = await editor.GetAsync("/backoffice", expectOk: true);
        var panel = dashboard.QuerySelector("section[aria-labelledby=places-panel]")!;
        Assert.Equal("Lieux non reconnus", panel.QuerySelector("h2")!.TextContent);
        var entry = panel.QuerySelectorAll("li").Single(li => li.QuerySelector("a")!.GetAttribute("href") == BackofficeLinks.Initiative(lost));
        Assert.Equal("Atlantisproefplaats", entry.QuerySelector("a")!.TextContent);
        Assert.Equal("4000 Atlantis", Squeeze(entry.QuerySelector(".meta")!.TextContent));
        Assert.DoesNotContain(panel.QuerySelectorAll("a"), a => a.GetAttribute("href") == BackofficeLinks.Initiative(found));
    }

    private static Initiative Old(string name, string postalCode, string city) => new()
    {
        Name = LocalizedText.Of(fr: name), Status = "volunteer", Sectors = ["addiction"], Types = ["groups"],
        Address = new Address(null, postalCode, city),
    };

    private static string Squeeze(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
