using Cartography.Data.Storage;
using Cartography.Tests.Shared;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Publishing;
using Cartography.Data.Content;
using Cartography.Web.Features.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>
/// Defence in depth: a link that reached the database past the content rules (an old row, a direct write) is shown as
/// text on the public pages, never as a link a visitor could click to run script.
/// </summary>
public sealed class UnsafeLinkTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> UnsafeLinks => new()
    {
        "javascript:alert(document.domain)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/guide",
        "/fr/about",
    };

    /// <summary>Writes a published item straight to the database, bypassing every editor and rule, then lets the site catch up.</summary>
    private async Task StoreAsync<T>(string key, T content) where T : class
    {
        await RowsPastTheRules.PublishAsync(factory.Services.GetRequiredService<CartographyDatabase>(), key, content);
        await factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
    }

    private static Resource ResourceTitled(string title, string link) => new()
    {
        Title = LocalizedText.Of(title, title, title), Category = "guide", DocumentLanguage = "fr", Link = link,
        Slug = LocalizedText.Of(Slugs.From(title), Slugs.From(title), Slugs.From(title)),
    };

    [Theory]
    [MemberData(nameof(UnsafeLinks))]
    public async Task A_resource_link_that_is_not_an_absolute_web_address_is_not_rendered_as_a_link(string link)
    {
        var title = $"Guide piégé {Guid.NewGuid():n}";
        await StoreAsync($"unsafe-{Guid.NewGuid():n}", ResourceTitled(title, link));

        var list = await client.GetAsync("/fr/resources", expectOk: true);
        // The title leads to the resource's own page, where the link is shown as text, never as a link.
        var page = await client.GetAsync($"/fr/resources/{Slugs.From(title)}", expectOk: true);

        Assert.Contains(list.QuerySelectorAll("article.resource h3 a"), a => a.TextContent.Contains(title));
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.Null(page.QuerySelector(".resource-link a"));
        foreach (var document in new[] { list, page })
            Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("script", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_resource_with_a_web_address_keeps_its_link()
    {
        await StoreAsync("safe-guide", ResourceTitled("Guide en ligne", "https://guide.example.org/pair-aidance"));

        var page = await client.GetAsync($"/fr/resources/{Slugs.From("Guide en ligne")}", expectOk: true);

        var link = Assert.Single(page.QuerySelectorAll(".resource-link a"));
        Assert.Equal("https://guide.example.org/pair-aidance", link.GetAttribute("href"));
    }

    [Fact]
    public async Task An_initiative_website_that_is_not_a_web_address_is_shown_as_text()
    {
        await StoreAsync("unsafe-website", new Initiative
        {
            Name = LocalizedText.Of(fr: "Site piégé"), Sectors = ["housing"], Types = ["groups"], Status = "volunteer",
            Address = new Address(null, "1000", "Bruxelles"), Slug = LocalizedText.Of("site-piege", "site-piege", "site-piege"),
            Website = "javascript:alert(document.cookie)", LastVerified = new DateOnly(2026, 1, 1),
        });

        var page = await client.GetAsync("/fr/initiatives/site-piege", expectOk: true);

        Assert.Contains("javascript:alert(document.cookie)", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }
}
