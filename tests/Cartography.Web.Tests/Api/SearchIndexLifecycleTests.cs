using System.Net.Http.Json;
using System.Text.Json;
using Cartography.Data.Import;

namespace Cartography.Web.Tests.Api;

/// <summary>The full-text index lives in the data folder, follows every publish and unpublish, and mends itself.</summary>
public class SearchIndexLifecycleTests
{
    private const string Row =
        "idx-1,Groupe de parole Zéphyrine,,,Rencontres mensuelles,,,Le Relais Arlon,mental-health,groups,volunteer," +
        "Rue des Faubourgs 1,6700,Arlon,49.6833,5.8167,,,,fr,2022,{0}";

    private static async Task<int> TotalFor(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?culture=nl&q={Uri.EscapeDataString(q)}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task Publishing_and_unpublishing_update_the_search_at_once()
    {
        using var factory = new CartographyFactory();
        var client = factory.CreateClient();
        Assert.Equal(0, await TotalFor(client, "zephyrine"));

        var created = await factory.ImportAsync(string.Format(Row, "true"));
        Assert.Equal(1, created.Count(ImportRowStatus.Created));
        Assert.Equal(1, await TotalFor(client, "zephyrine"));

        await factory.ImportAsync(string.Format(Row, "false"));
        Assert.Equal(0, await TotalFor(client, "zephyrine"));
    }

    [Fact]
    public async Task The_index_is_kept_in_the_data_folder_and_found_again_after_a_restart()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "cartography-web-tests", Guid.NewGuid().ToString("n"));
        using (var first = new CartographyFactory(dataPath, deleteOnDispose: false))
        {
            await first.ImportAsync(string.Format(Row, "true"));
        }
        Assert.True(Directory.Exists(Path.Combine(dataPath, "index", "fr")));

        using var second = new CartographyFactory(dataPath);
        Assert.Equal(1, await TotalFor(second.CreateClient(), "zephyrine"));
    }

    [Fact]
    public async Task An_unreadable_index_is_rebuilt_at_start_up()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "cartography-web-tests", Guid.NewGuid().ToString("n"));
        using (var first = new CartographyFactory(dataPath, deleteOnDispose: false))
        {
            Assert.True(await TotalFor(first.CreateClient(), "ervaringsdeskundige") > 0);
        }
        foreach (var file in Directory.GetFiles(Path.Combine(dataPath, "index"), "*", SearchOption.AllDirectories))
            await File.WriteAllTextAsync(file, "not a Lucene file");

        using var second = new CartographyFactory(dataPath);
        var client = second.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        Assert.True(await TotalFor(client, "ervaringsdeskundige") > 0);
    }
}
