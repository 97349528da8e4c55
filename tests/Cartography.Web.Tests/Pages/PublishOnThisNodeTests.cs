using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Editorial;
using Cartography.Web.Features.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>The node that publishes shows the item at once: its read model catches up on commit, not at the next refresh.</summary>
public sealed class PublishOnThisNodeTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    [Fact]
    public async Task A_just_published_initiative_is_on_the_public_page_of_the_publishing_node_without_waiting_for_a_refresh()
    {
        // A refresh interval no test waits out: only the catch-up on commit can show the item.
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Cartography:Directory:RefreshInterval", "01:00:00"));
        var client = site.CreateClient();
        Assert.Equal(200, (int)(await client.GetAsync("/fr/")).StatusCode);
        var loader = site.Services.GetRequiredService<DirectoryLoader>();
        for (var i = 0; i < 100 && !loader.IsLoaded; i++) await Task.Delay(50);
        var name = $"Groupe publie maintenant {Guid.NewGuid().ToString("n")[..6]}";
        var desk = site.Services.Desk();
        var created = await desk.CreateAsync(new Initiative
        {
            Name = LocalizedText.Of(fr: name), Status = "volunteer", Address = new Address(null, "1000", "Bruxelles"),
            Sectors = ["mental-health"], Types = ["groups"],
        }, "editor@example.org");

        var published = await desk.PublishAsync<Initiative>(created.ItemId, "editor@example.org");

        Assert.Equal(EditStatus.Published, published.Status);
        var response = await client.GetAsync($"/fr/initiatives/{Slugs.From(name)}");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains(name, await response.Content.ReadAsStringAsync());
    }
}
