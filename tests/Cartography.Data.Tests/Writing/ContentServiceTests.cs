using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Editorial;
using Cartography.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Writing;

public sealed class ContentServiceTestsOnSqlite() : ContentServiceTests(DatabaseProvider.Sqlite);

public sealed class ContentServiceTestsOnPostgreSql() : ContentServiceTests(DatabaseProvider.PostgreSql);

/// <summary>The one way content is written: roles, a translator's cultures, Core's rules for every type, slugs against the database.</summary>
public abstract class ContentServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Dutch = Actor.Translator("translator@example.org", [Culture.Nl]);
    private static readonly Actor Ann = Actor.Editor("ann@example.org");

    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    private ContentService Content => news.Content;

    private async Task<(int Versions, int Audit, int Changes)> CountsAsync(Guid id) =>
        (await news.VersionRowsAsync(id), (await news.AuditAsync(id)).Count, await news.ChangeRowsAsync(id));

    [Fact]
    public async Task A_translators_rollback_is_refused_and_nothing_is_written()
    {
        var id = await news.CreatePublishedAsync("Nom d'origine");
        Assert.Equal(EditStatus.Saved, (await Content.SaveAsync(Ann, id, 1, Newsroom.Initiative("Nom d'origine") with { Name = LocalizedText.Of(fr: "Nouveau nom") })).Status);
        var before = await CountsAsync(id);

        var outcome = await Content.RollbackAsync<Initiative>(Dutch, id, 1);

        Assert.Equal(EditStatus.Forbidden, outcome.Status);
        Assert.Equal(before, await CountsAsync(id));
        Assert.Equal("Nouveau nom", (await news.Editor.GetAsync<Initiative>(id))!.Content.Name.In(Culture.Fr));
    }

    [Fact]
    public async Task A_translator_saves_texts_of_their_culture_but_not_of_another_and_publishes_nothing()
    {
        var id = await news.CreatePublishedAsync("Groupe de parole");
        var latest = (await news.Editor.GetAsync<Initiative>(id))!.Content;
        var before = await CountsAsync(id);

        var french = await Content.SaveAsync(Dutch, id, 1, latest with { Name = latest.Name.With(Culture.Fr, "Autre nom") });
        var publish = await Content.PublishAsync<Initiative>(Dutch, id);
        var unpublish = await Content.UnpublishAsync<Initiative>(Dutch, id);
        var delete = await Content.DeleteAsync<Initiative>(Dutch, id);
        var schedule = await Content.ScheduleAsync<Initiative>(Dutch, id, Newsroom.Monday.AddDays(1), null);
        var create = await Content.CreateAsync(Dutch, Newsroom.Initiative("Nouveau"));

        Assert.Equal(EditStatus.OutsideCultures, french.Status);
        Assert.All(new[] { publish, unpublish, delete, schedule, create }, o => Assert.Equal(EditStatus.Forbidden, o.Status));
        Assert.Equal(before, await CountsAsync(id));

        var dutch = await Content.SaveAsync(Dutch, id, 1, latest with { Name = latest.Name.With(Culture.Nl, "Praatgroep") });
        Assert.Equal((EditStatus.Saved, 2), (dutch.Status, dutch.Version));
        Assert.Equal("translator@example.org", (await news.AuditAsync(id))[^1].Actor);
    }

    [Theory]
    [InlineData("javascript:alert(document.domain)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("/fr/resources")]
    public async Task A_resource_link_that_is_not_http_or_https_is_refused_and_nothing_is_stored(string link)
    {
        var resource = new Resource { Title = LocalizedText.Of(fr: "Guide"), Category = "guide", DocumentLanguage = "fr" };
        var created = await Content.CreateAsync(Ann, resource);
        Assert.Equal(EditStatus.Created, created.Status);

        var saved = await Content.SaveAsync(Ann, created.ItemId, 1, resource with { Link = link });
        var createdWithLink = await Content.CreateAsync(Ann, resource with { Link = link, Title = LocalizedText.Of(fr: "Autre") });

        Assert.Equal(EditStatus.Invalid, saved.Status);
        Assert.Contains(saved.Violations, v => v.Field == "link" && v.Code == "Rule_Link_Invalid");
        Assert.Equal(EditStatus.Invalid, createdWithLink.Status);
        Assert.Equal(1, await news.VersionRowsAsync(created.ItemId));
        await using var context = news.Db.Database.CreateContext();
        Assert.Equal(1, await context.ContentVersions.CountAsync());
    }

    [Fact]
    public async Task An_organisation_needs_a_name_and_an_http_website()
    {
        var outcome = await Content.CreateAsync(Ann, new Organisation { Name = LocalizedText.Of(fr: "ASBL"), Website = "javascript:alert(1)" });
        var nameless = await Content.CreateAsync(Ann, new Organisation { Name = LocalizedText.Empty });

        Assert.Equal(EditStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Violations, v => v.Code == "Rule_Website_Invalid");
        Assert.Contains(nameless.Violations, v => v.Code == "Rule_Name_Required");
    }

    [Fact]
    public async Task Publishing_gives_an_item_without_slugs_unique_ones_against_the_database()
    {
        var first = await Content.CreateAsync(Ann, Newsroom.Initiative("Même nom") with { Slug = LocalizedText.Empty });
        var second = await Content.CreateAsync(Ann, Newsroom.Initiative("Même nom") with { Slug = LocalizedText.Empty });

        Assert.Equal(EditStatus.Published, (await Content.PublishAsync<Initiative>(Ann, first.ItemId)).Status);
        Assert.Equal(EditStatus.Published, (await Content.PublishAsync<Initiative>(Ann, second.ItemId)).Status);

        var slugs = (await news.Db.Store.PublishedAsync<Initiative>()).Select(p => p.Content.Slug.In(Culture.Fr)).Order().ToList();
        Assert.Equal(["meme-nom", "meme-nom-2"], slugs);
    }

    [Fact]
    public async Task Two_items_with_the_same_name_published_at_once_get_different_slugs()
    {
        var ids = new List<Guid>();
        for (var n = 0; n < 2; n++)
            ids.Add((await Content.CreateAsync(Ann, Newsroom.Initiative("Pair à pair") with { Slug = LocalizedText.Empty })).ItemId);
        // Each publish on its own service, as on two nodes, set off together.
        var clock = new RendezvousClock(Newsroom.Monday.AddHours(1), parties: 2);
        var outcomes = await Task.WhenAll(ids.Select(id => Task.Run(() => new ContentService(news.Db.Database, clock).PublishAsync<Initiative>(Ann, id))));

        Assert.All(outcomes, o => Assert.Equal(EditStatus.Published, o.Status));
        var slugs = (await news.Db.Store.PublishedAsync<Initiative>()).Select(p => p.Content.Slug.In(Culture.Fr)).ToList();
        Assert.Equal(["pair-a-pair", "pair-a-pair-2"], slugs.Order());
        await using var context = news.Db.Database.CreateContext();
        Assert.Equal(2, await context.ContentSlugs.CountAsync(s => s.Culture == "fr"));
    }
}
