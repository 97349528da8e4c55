using Cartography.Tests.Shared;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;

namespace Cartography.Data.Tests.Editorial;

public sealed class EditingTestsOnSqlite() : EditingTests(DatabaseProvider.Sqlite);

public sealed class EditingTestsOnPostgreSql() : EditingTests(DatabaseProvider.PostgreSql);

public abstract class EditingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    [Fact]
    public async Task A_created_item_opens_as_an_unpublished_draft_at_version_1_and_is_audited()
    {
        var id = await news.CreateAsync("Pair à pair", actor: "ann", key: "pair");

        var item = (await news.Editor.GetAsync<Initiative>(id))!;

        Assert.Equal(("Pair à pair", 1, null, EditState.Draft, "pair"), (item.Content.Name.In(Culture.Fr), item.Version, item.PublishedVersion, item.State, item.Key));
        var version = Assert.Single(item.Versions);
        Assert.Equal(new VersionSummary(1, "ann", Newsroom.Monday, false), version);
        var audit = Assert.Single(await news.AuditAsync(id));
        Assert.Equal(("ann", AuditActions.Create, Newsroom.Monday.UtcDateTime), (audit.Actor, audit.Action, audit.AtUtc));
        Assert.Null(await news.PublicNameAsync(id));
    }

    [Fact]
    public async Task An_item_of_another_type_is_not_found()
    {
        var id = await news.CreateAsync("Pair à pair");

        Assert.Null(await news.Editor.GetAsync<Resource>(id));
        var outcome = await news.Editor.SaveAsync(id, 1, new Resource { Title = LocalizedText.Of(fr: "x"), Category = "guide", DocumentLanguage = "fr" }, "ann");
        Assert.Equal(EditStatus.NotFound, outcome.Status);
    }

    [Fact]
    public async Task A_key_already_used_by_the_type_is_refused_and_nothing_is_written()
    {
        await news.CreateAsync("Premier", key: "same");

        var outcome = await news.Editor.CreateAsync(Newsroom.Initiative("Second"), "bob", "same");

        Assert.Equal(EditStatus.KeyTaken, outcome.Status);
        Assert.Null(await news.Editor.GetAsync<Initiative>(outcome.ItemId));
        Assert.Empty(await news.AuditAsync(outcome.ItemId));
    }

    [Fact]
    public async Task Saving_from_the_latest_version_adds_a_draft_and_keeps_the_public_version()
    {
        var id = await news.CreatePublishedAsync("Version un");
        news.Clock.Advance(TimeSpan.FromHours(1));

        var outcome = await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Version deux"), "bob");

        Assert.Equal((EditStatus.Saved, 2), (outcome.Status, outcome.Version));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal(("Version deux", 2, 1, EditState.ChangedSincePublished), (item.Content.Name.In(Culture.Fr), item.Version, item.PublishedVersion, item.State));
        Assert.Equal([(1, "ann", true), (2, "bob", false)], item.Versions.Select(v => (v.Number, v.Author, v.IsPublished)));
        Assert.Equal("Version un", await news.PublicNameAsync(id));
        Assert.Equal(1, await news.ChangeRowsAsync(id));
        Assert.Equal([AuditActions.Create, AuditActions.Publish, AuditActions.Save], (await news.AuditAsync(id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Second_save_from_a_stale_version_is_refused_with_who_when_and_what_changed_and_loses_nothing()
    {
        var id = await news.CreateAsync("Écoute");
        news.Clock.Advance(TimeSpan.FromMinutes(10));
        await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Écoute active", nl: "Actief luisteren"), "bob");
        news.Clock.Advance(TimeSpan.FromMinutes(10));
        var auditBefore = (await news.AuditAsync(id)).Count;

        var outcome = await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Écoute mutuelle"), "ann");

        Assert.Equal(EditStatus.Conflict, outcome.Status);
        var conflict = outcome.Conflict!;
        Assert.Equal((1, 2, "bob", Newsroom.Monday.AddMinutes(10)), (conflict.StartedFrom, conflict.NewerVersion, conflict.SavedBy, conflict.SavedAt));
        Assert.Equal(("Écoute", "Écoute active"), (conflict.Changes["name.fr"]!.Before, conflict.Changes["name.fr"]!.After));
        Assert.Equal((null, "Actief luisteren"), (conflict.Changes["name.nl"]!.Before, conflict.Changes["name.nl"]!.After));
        Assert.Equal(2, await news.VersionRowsAsync(id));
        Assert.Equal(auditBefore, (await news.AuditAsync(id)).Count);
        Assert.Equal("Écoute active", (await news.Editor.GetAsync<Initiative>(id))!.Content.Name.In(Culture.Fr));
    }

    [Fact]
    public async Task Saves_racing_from_the_same_version_end_as_one_saved_and_the_others_conflicts()
    {
        var id = await news.CreateAsync("Course");
        const int editors = 6;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, editors).Select(n =>
            Task.Run(() => news.Editor.SaveAsync(id, 1, Newsroom.Initiative($"Course {n}"), $"editor{n}"))));

        Assert.Single(outcomes, o => o.Status == EditStatus.Saved);
        Assert.Equal(editors - 1, outcomes.Count(o => o.Status == EditStatus.Conflict));
        var winner = outcomes.Single(o => o.Status == EditStatus.Saved);
        Assert.Equal(2, await news.VersionRowsAsync(id));
        Assert.Equal([AuditActions.Create, AuditActions.Save], (await news.AuditAsync(id)).Select(a => a.Action));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal(2, item.Version);
        Assert.Equal(item.Versions[1].Author, (await news.AuditAsync(id))[1].Actor);
        Assert.Equal(2, winner.Version);
    }

    [Fact]
    public async Task Two_saves_that_both_read_version_1_before_either_writes_end_as_one_saved_and_one_conflict()
    {
        var id = await news.CreateAsync("Départ");
        var editor = new EditorialDesk(news.Db.Database, new RendezvousClock(Newsroom.Monday.AddHours(1), parties: 2));

        var outcomes = await Task.WhenAll(
            Task.Run(() => editor.SaveAsync(id, 1, Newsroom.Initiative("Par Ann"), "ann")),
            Task.Run(() => editor.SaveAsync(id, 1, Newsroom.Initiative("Par Bob"), "bob")));

        var saved = Assert.Single(outcomes, o => o.Status == EditStatus.Saved);
        var refused = Assert.Single(outcomes, o => o.Status == EditStatus.Conflict);
        var winner = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((2, 2), (saved.Version, winner.Version));
        Assert.Equal(winner.Versions[1].Author, refused.Conflict!.SavedBy);
        Assert.Equal(winner.Content.Name.In(Culture.Fr), refused.Conflict.Changes["name.fr"]!.After);
        Assert.Equal(2, await news.VersionRowsAsync(id));
        Assert.Equal(2, (await news.AuditAsync(id)).Count);
    }

    [Fact]
    public async Task A_save_from_a_version_that_never_existed_is_refused()
    {
        var id = await news.CreateAsync("Futur");

        Assert.Equal(EditStatus.VersionNotFound, (await news.Editor.SaveAsync(id, 5, Newsroom.Initiative("x"), "ann")).Status);
        Assert.Equal(1, await news.VersionRowsAsync(id));
    }

    [Fact]
    public async Task The_diff_between_two_stored_versions_names_the_changed_fields()
    {
        var id = await news.CreateAsync("Avant");
        await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Après") with { Slug = Newsroom.Initiative("Avant").Slug, Sectors = ["mental-health", "addiction"] }, "ann");

        var diff = (await news.Editor.DiffAsync<Initiative>(id, 1, 2))!;

        Assert.Equal(["name.fr", "sectors"], diff.Changes.Select(c => c.Path));
        Assert.Equal(["addiction"], diff["sectors"]!.Added);
        Assert.Null(await news.Editor.DiffAsync<Initiative>(id, 1, 9));
        Assert.Equal("Avant", (await news.Editor.VersionAsync<Initiative>(id, 1))!.Content.Name.In(Culture.Fr));
    }
}
