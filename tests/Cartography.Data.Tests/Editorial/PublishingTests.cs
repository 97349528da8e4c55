using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;

namespace Cartography.Data.Tests.Editorial;

public sealed class PublishingTestsOnSqlite() : PublishingTests(DatabaseProvider.Sqlite);

public sealed class PublishingTestsOnPostgreSql() : PublishingTests(DatabaseProvider.PostgreSql);

public abstract class PublishingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    [Fact]
    public async Task Publishing_makes_the_latest_draft_public_with_one_change_row_and_one_audit_row()
    {
        var id = await news.CreateAsync("Brouillon");
        await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Texte final"), "ann");

        var outcome = await news.Publisher.PublishAsync<Initiative>(id, "carla");

        Assert.Equal((EditStatus.Published, 2), (outcome.Status, outcome.Version));
        Assert.Equal("Texte final", await news.PublicNameAsync(id));
        Assert.Equal(1, await news.ChangeRowsAsync(id));
        var audit = (await news.AuditAsync(id)).Last();
        Assert.Equal(("carla", AuditActions.Publish, "version 2"), (audit.Actor, audit.Action, audit.Detail));
        Assert.Equal(EditState.Published, (await news.Editor.GetAsync<Initiative>(id))!.State);
    }

    [Fact]
    public async Task Publishing_what_is_already_public_is_answered_and_writes_nothing()
    {
        var id = await news.CreatePublishedAsync("Public");
        var audit = (await news.AuditAsync(id)).Count;

        Assert.Equal(EditStatus.AlreadyPublished, (await news.Publisher.PublishAsync<Initiative>(id, "ann")).Status);

        Assert.Equal(1, await news.ChangeRowsAsync(id));
        Assert.Equal(audit, (await news.AuditAsync(id)).Count);
    }

    [Fact]
    public async Task Publishing_with_a_stale_version_in_view_is_a_conflict_and_publishes_nothing()
    {
        var id = await news.CreateAsync("Vu par Ann");
        await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Changé par Bob"), "bob");

        var outcome = await news.Publisher.PublishAsync<Initiative>(id, "ann", expectedVersion: 1);

        Assert.Equal(EditStatus.Conflict, outcome.Status);
        Assert.Equal("bob", outcome.Conflict!.SavedBy);
        Assert.Null(await news.PublicNameAsync(id));
        Assert.Equal(0, await news.ChangeRowsAsync(id));
    }

    [Fact]
    public async Task Unpublishing_takes_the_item_off_the_site_keeps_its_versions_and_shows_it_as_unpublished()
    {
        var id = await news.CreatePublishedAsync("Bientôt parti");

        var outcome = await news.Publisher.UnpublishAsync<Initiative>(id, "ann");

        Assert.Equal(EditStatus.Unpublished, outcome.Status);
        Assert.Null(await news.PublicNameAsync(id));
        Assert.Equal(2, await news.ChangeRowsAsync(id));
        Assert.Equal(1, await news.VersionRowsAsync(id));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((EditState.Unpublished, (int?)null), (item.State, item.PublishedVersion));
        Assert.Equal(EditStatus.NotPublished, (await news.Publisher.UnpublishAsync<Initiative>(id, "ann")).Status);
        Assert.Equal(2, await news.ChangeRowsAsync(id));
    }

    [Fact]
    public async Task Rollback_is_a_new_draft_copied_from_the_old_version_and_the_public_version_stays_until_published()
    {
        var id = await news.CreateAsync("Original");
        await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Abîmé"), "bob");
        await news.Publisher.PublishAsync<Initiative>(id, "bob");
        var changes = await news.ChangeRowsAsync(id);

        var outcome = await news.Publisher.RollbackAsync<Initiative>(id, 1, "ann");

        Assert.Equal((EditStatus.RolledBack, 3), (outcome.Status, outcome.Version));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal(("Original", 3, 2, EditState.ChangedSincePublished), (item.Content.Name.In(Culture.Fr), item.Version, item.PublishedVersion, item.State));
        Assert.Equal("Abîmé", await news.PublicNameAsync(id));
        Assert.Equal(changes, await news.ChangeRowsAsync(id));
        Assert.Equal("version 3 from version 1", (await news.AuditAsync(id)).Last().Detail);

        await news.Publisher.PublishAsync<Initiative>(id, "ann");
        Assert.Equal("Original", await news.PublicNameAsync(id));
    }

    [Fact]
    public async Task Rollback_to_a_missing_version_is_refused_and_writes_nothing()
    {
        var id = await news.CreateAsync("Seul");

        Assert.Equal(EditStatus.VersionNotFound, (await news.Publisher.RollbackAsync<Initiative>(id, 4, "ann")).Status);
        Assert.Equal(1, await news.VersionRowsAsync(id));
        Assert.Single(await news.AuditAsync(id));
    }

    [Fact]
    public async Task Deleting_unpublishes_hides_the_item_from_lists_keeps_its_history_and_refuses_later_edits()
    {
        var id = await news.CreatePublishedAsync("À supprimer");
        await news.Publisher.ScheduleAsync<Initiative>(id, null, Newsroom.Monday.AddDays(3), "ann");

        var outcome = await news.Publisher.DeleteAsync<Initiative>(id, "ann");

        Assert.Equal(EditStatus.Deleted, outcome.Status);
        Assert.Null(await news.PublicNameAsync(id));
        Assert.Equal(2, await news.ChangeRowsAsync(id));
        Assert.Equal(0, (await news.Queries.ListAsync(ContentType.Initiative, new ContentListQuery())).Total);
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((EditState.Deleted, (DateTimeOffset?)null), (item.State, item.UnpublishAt));
        Assert.Equal(1, await news.VersionRowsAsync(id));
        Assert.Equal(AuditActions.Delete, (await news.AuditAsync(id)).Last().Action);
        Assert.Equal(EditStatus.ItemDeleted, (await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Revenu"), "bob")).Status);
        Assert.Equal(EditStatus.ItemDeleted, (await news.Publisher.PublishAsync<Initiative>(id, "bob")).Status);
    }

    [Fact]
    public async Task Deleting_a_draft_writes_no_change_row_since_the_public_site_does_not_change()
    {
        var id = await news.CreateAsync("Jamais publié");

        Assert.Equal(EditStatus.Deleted, (await news.Publisher.DeleteAsync<Initiative>(id, "ann")).Status);

        Assert.Equal(0, await news.ChangeRowsAsync(id));
    }

    [Fact]
    public async Task Every_content_type_goes_through_the_same_steps()
    {
        var organisation = await news.Editor.CreateAsync(new Organisation { Name = LocalizedText.Of(fr: "ASBL") }, "ann");
        var portrait = await news.Editor.CreateAsync(new Portrait { Title = LocalizedText.Of(nl: "Portret") }, "ann");
        var resource = await news.Editor.CreateAsync(new Resource { Title = LocalizedText.Of(en: "Guide"), Category = "guide", DocumentLanguage = "en" }, "ann");

        Assert.Equal(EditStatus.Published, (await news.Publisher.PublishAsync<Organisation>(organisation.ItemId, "ann")).Status);
        Assert.Equal(EditStatus.Saved, (await news.Editor.SaveAsync(portrait.ItemId, 1, new Portrait { Title = LocalizedText.Of(nl: "Portret 2") }, "ann")).Status);
        Assert.Equal(EditStatus.Deleted, (await news.Publisher.DeleteAsync<Resource>(resource.ItemId, "ann")).Status);
        Assert.Equal("ASBL", Assert.Single(await news.Db.Store.PublishedAsync<Organisation>()).Content.Name.In(Culture.Fr));
        var portraits = await news.Queries.ListAsync(ContentType.Portrait, new ContentListQuery());
        Assert.Equal("Portret 2", Assert.Single(portraits.Items).Name.In(Culture.Nl));
    }
}
