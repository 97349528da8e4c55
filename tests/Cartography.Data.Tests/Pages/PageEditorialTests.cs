using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Seeding;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Editorial;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;

namespace Cartography.Data.Tests.Pages;

public sealed class PageEditorialTestsOnSqlite() : PageEditorialTests(DatabaseProvider.Sqlite);

public sealed class PageEditorialTestsOnPostgreSql() : PageEditorialTests(DatabaseProvider.PostgreSql);

/// <summary>The Page type through the one content service: versions, publishing, schedule, rollback, the tree, translators.</summary>
public abstract class PageEditorialTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    private static Page Page(string fr, Guid? parent = null, int order = 0, string? slug = null) => new()
    {
        Title = LocalizedText.Of(fr: fr, nl: fr + " (nl)", en: fr + " (en)"),
        Summary = LocalizedText.Of(fr: "Résumé de " + fr),
        Body = LocalizedText.Of(fr: "## Partie\n\nTexte de " + fr),
        Slug = slug is null ? LocalizedText.Empty : LocalizedText.Of(fr: slug, nl: slug + "-nl", en: slug + "-en"),
        ParentId = parent, Order = order,
    };

    private async Task<Guid> CreateAsync(Page page)
    {
        var outcome = await news.Editor.CreateAsync(page, "ann");
        Assert.Equal(EditStatus.Created, outcome.Status);
        return outcome.ItemId;
    }

    private async Task<IReadOnlyList<Data.Content.PublishedContent<Page>>> PublishedAsync() => await news.Db.Store.PublishedAsync<Page>();

    [Fact]
    public async Task A_page_is_saved_as_drafts_published_with_slugs_in_every_culture_and_audited()
    {
        var id = await CreateAsync(Page("Qui sommes-nous"));
        var saved = await news.Editor.SaveAsync(id, 1, Page("Qui sommes-nous") with { Order = 3, LinkedFrom = PageLink.Footer }, "ann");
        Assert.Equal((EditStatus.Saved, 2), (saved.Status, saved.Version));
        Assert.Empty(await PublishedAsync());

        var published = await news.Publisher.PublishAsync<Page>(id, "bob");

        Assert.Equal(EditStatus.Published, published.Status);
        var page = Assert.Single(await PublishedAsync()).Content;
        Assert.Equal((3, PageLink.Footer), (page.Order, page.LinkedFrom));
        Assert.Equal(["qui-sommes-nous", "qui-sommes-nous-nl", "qui-sommes-nous-en"], Culture.All.Select(c => page.Slug.In(c)));
        Assert.Equal([AuditActions.Create, AuditActions.Save, AuditActions.Save, AuditActions.Publish], (await news.AuditAsync(id)).Select(a => a.Action));
        Assert.Equal(1, await news.ChangeRowsAsync(id));
    }

    [Fact]
    public async Task A_page_is_published_when_its_schedule_falls_due_and_taken_off_at_its_end()
    {
        var id = await CreateAsync(Page("Annonce", slug: "annonce"));
        var start = Newsroom.Monday.AddDays(1);
        Assert.Equal(EditStatus.Scheduled, (await news.Publisher.ScheduleAsync<Page>(id, start, start.AddDays(2), "ann")).Status);

        await news.Scheduler.RunDueAsync(start.AddSeconds(-1));
        Assert.Empty(await PublishedAsync());
        await news.Scheduler.RunDueAsync(start.AddSeconds(1));
        Assert.Equal("annonce", Assert.Single(await PublishedAsync()).Content.Slug.In(Culture.Fr));
        await news.Scheduler.RunDueAsync(start.AddDays(2).AddSeconds(1));
        Assert.Empty(await PublishedAsync());
    }

    [Fact]
    public async Task Rolling_back_copies_an_old_version_into_a_draft_and_the_public_page_changes_only_on_publish()
    {
        var id = await CreateAsync(Page("Première version", slug: "page"));
        await news.Publisher.PublishAsync<Page>(id, "ann");
        await news.Editor.SaveAsync(id, 1, Page("Seconde version", slug: "page"), "ann");
        await news.Publisher.PublishAsync<Page>(id, "ann");

        var rolled = await news.Publisher.RollbackAsync<Page>(id, 1, "ann");

        Assert.Equal((EditStatus.RolledBack, 3), (rolled.Status, rolled.Version));
        Assert.Equal("Seconde version", Assert.Single(await PublishedAsync()).Content.Title.In(Culture.Fr));
        await news.Publisher.PublishAsync<Page>(id, "ann");
        Assert.Equal("Première version", Assert.Single(await PublishedAsync()).Content.Title.In(Culture.Fr));
    }

    [Fact]
    public async Task The_tree_keeps_two_levels_and_refuses_cycles_unknown_parents_and_reserved_slugs()
    {
        var guide = await CreateAsync(Page("Guide", slug: "guide"));
        var chapter = await CreateAsync(Page("Chapitre", guide, slug: "chapitre"));

        var grandchild = await news.Editor.CreateAsync(Page("Sous-chapitre", chapter), "ann");
        var self = await news.Editor.SaveAsync(guide, 1, Page("Guide", guide, slug: "guide"), "ann");
        var cycle = await news.Editor.SaveAsync(guide, 1, Page("Guide", chapter, slug: "guide"), "ann");
        var other = await CreateAsync(Page("Autre", slug: "autre"));
        var parentWithChildren = await news.Editor.SaveAsync(guide, 1, Page("Guide", other, slug: "guide"), "ann");
        var unknown = await news.Editor.CreateAsync(Page("Orpheline", Guid.NewGuid()), "ann");
        var reserved = await news.Editor.CreateAsync(Page("Portraits", slug: "portraits"), "ann");

        Assert.Equal("Rule_Parent_TooDeep", Assert.Single(grandchild.Violations).Code);
        Assert.Equal("Rule_Parent_Self", Assert.Single(self.Violations).Code);
        Assert.Equal("Rule_Parent_TooDeep", Assert.Single(cycle.Violations).Code);
        Assert.Equal("Rule_Parent_HasChildren", Assert.Single(parentWithChildren.Violations).Code);
        Assert.Equal("Rule_Parent_Unknown", Assert.Single(unknown.Violations).Code);
        Assert.Equal(["Rule_Slug_Reserved"], reserved.Violations.Select(v => v.Code).Distinct());
        Assert.Equal(1, (await news.Editor.GetAsync<Page>(guide))!.Version);
    }

    [Fact]
    public async Task A_page_whose_title_is_an_address_of_the_site_gets_another_slug_on_publishing()
    {
        var id = await CreateAsync(new Page { Title = LocalizedText.Of(fr: "Contact", nl: "Contact", en: "Contact") });

        await news.Publisher.PublishAsync<Page>(id, "ann");

        Assert.Equal("contact-2", Assert.Single(await PublishedAsync()).Content.Slug.In(Culture.En));
    }

    [Fact]
    public async Task The_outline_lists_top_level_pages_in_order_each_followed_by_its_children_in_order()
    {
        var about = await CreateAsync(Page("À propos", order: 2));
        var guide = await CreateAsync(Page("Guide", order: 1));
        var second = await CreateAsync(Page("Deuxième", guide, order: 2));
        var first = await CreateAsync(Page("Premier", guide, order: 1));

        var outline = await new PageOutline(news.Db.Database).ListAsync();

        Assert.Equal([(guide, 0), (first, 1), (second, 1), (about, 0)], outline.Select(e => (e.Id, e.Depth)));
    }

    [Fact]
    public async Task A_translator_changes_the_texts_of_their_cultures_only_and_never_publishes()
    {
        var id = await CreateAsync(Page("Page", slug: "page"));
        var translator = Actor.Translator("tess", [Culture.Nl]);
        var page = (await news.Editor.GetAsync<Page>(id))!.Content;

        var dutch = await news.Content.SaveAsync(translator, id, 1, page with { Title = page.Title.With(Culture.Nl, "Pagina"), Body = page.Body.With(Culture.Nl, "Tekst") });
        var french = await news.Content.SaveAsync(translator, id, 2, page with { Title = page.Title.With(Culture.Fr, "Autre") });
        var order = await news.Content.SaveAsync(translator, id, 2, page with { Order = 9 });
        var publish = await news.Content.PublishAsync<Page>(translator, id);

        Assert.Equal(EditStatus.Saved, dutch.Status);
        Assert.Equal(EditStatus.OutsideCultures, french.Status);
        Assert.Equal(EditStatus.OutsideCultures, order.Status);
        Assert.Equal(EditStatus.Forbidden, publish.Status);
        Assert.Equal("Pagina", (await news.Editor.GetAsync<Page>(id))!.Content.Title.In(Culture.Nl));
    }

    [Fact]
    public async Task The_seed_imports_the_fixture_pages_once_with_parents_and_resources_resolved()
    {
        var content = FixturePages.ContentWithFixtures(news.Db.Folder);
        var report = await news.Db.Seeder.ImportAsync(content, includeExamples: true);

        Assert.Equal(4, report.Pages);
        var pages = (await PublishedAsync()).ToDictionary(p => p.Key!);
        Assert.Equal(pages["fixture-handbook"].Id, pages["fixture-handbook-first"].Content.ParentId);
        Assert.Equal((1, 2), (pages["fixture-handbook-first"].Content.Order, pages["fixture-handbook-second"].Content.Order));
        Assert.Equal(PageLink.Header, pages["fixture-handbook"].Content.LinkedFrom);
        Assert.Single(pages["fixture-handbook"].Content.ResourceIds);
        Assert.Equal("testhandboek", pages["fixture-handbook"].Content.Slug.In(Culture.Nl));
        Assert.Equal(0, (await news.Db.Seeder.ImportAsync(content, includeExamples: true)).Pages);
    }

    [Fact]
    public async Task A_database_seeded_before_pages_existed_gets_them_on_its_next_start()
    {
        var content = FixturePages.ContentWithFixtures(news.Db.Folder);
        var pages = Path.Combine(content, "pages");
        Directory.Move(pages, pages + "-later");
        Assert.Equal(0, (await news.Db.Seeder.ImportAsync(content, includeExamples: false)).Pages);
        // The marker of the first seed without pages in the folder: pages came with a later version of the site.
        Directory.Delete(Path.Combine(news.Db.Folder, "content"), recursive: true);
        content = FixturePages.ContentWithFixtures(news.Db.Folder);

        var report = await news.Db.Seeder.ImportAsync(content, includeExamples: false);

        Assert.Equal(4, report.Pages);
        Assert.Equal(4, (await PublishedAsync()).Count);
    }
}
