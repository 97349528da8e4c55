using Cartography.Data.Writing;
using Cartography.Data.Storage;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Content;

public sealed class ContentSessionTestsOnSqlite() : ContentSessionTests(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task The_database_file_is_in_wal_mode()
    {
        await using var context = Db.Database.CreateContext();
        await context.Database.OpenConnectionAsync();
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}

public sealed class ContentSessionTestsOnPostgreSql() : ContentSessionTests(DatabaseProvider.PostgreSql);

/// <summary>Run once per storage provider, so nothing works on SQLite only by accident.</summary>
public abstract class ContentSessionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider);
    protected TestDatabase Db => db;
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    private static Resource Guide(string title) => new()
    {
        Title = LocalizedText.Of(fr: title), Category = "guide", DocumentLanguage = "fr",
    };

    [Fact]
    public async Task Every_version_is_kept_and_only_the_published_one_is_public()
    {
        var item = ContentItem<Resource>.Create(Guid.NewGuid(), "guide", Guide("v1"), "ann", Now);
        item.Publish(Now);
        var batch1 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession()) { batch1.Stage(item); await batch1.CommitOrFailAsync(); }

        var batch2 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var loaded = (await session.FindAsync<Resource>(item.Id))!;
            loaded.Save(Guide("v2 draft"), "bob", Now.AddMinutes(5));
            batch2.Stage(loaded);
            await batch2.CommitOrFailAsync();
        }

        await using var check = db.Store.OpenSession();
        var reloaded = (await check.FindAsync<Resource>(item.Id))!;
        Assert.Equal(["v1", "v2 draft"], reloaded.Versions.Select(v => v.Content.Title.In(Culture.Fr)));
        Assert.Equal("bob", reloaded.Latest.Author);
        var published = Assert.Single(await db.Store.PublishedAsync<Resource>());
        Assert.Equal("v1", published.Content.Title.In(Culture.Fr));
    }

    [Fact]
    public async Task Rollback_is_stored_as_a_new_version_and_the_old_rows_are_untouched()
    {
        var item = ContentItem<Resource>.Create(Guid.NewGuid(), null, Guide("v1"), "ann", Now);
        item.Save(Guide("v2"), "ann", Now);
        item.Publish(Now);
        var batch3 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession()) { batch3.Stage(item); await batch3.CommitOrFailAsync(); }
        var batch4 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var loaded = (await session.FindAsync<Resource>(item.Id))!;
            loaded.Rollback(1, "ann", Now.AddHours(1));
            loaded.Publish(Now.AddHours(1));
            batch4.Stage(loaded);
            await batch4.CommitOrFailAsync();
        }

        await using var context = db.Database.CreateContext();
        var rows = await context.ContentVersions.Where(v => v.ItemId == item.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal(3, rows.Count);
        Assert.Contains("\"v1\"", rows[0].Data);
        Assert.Contains("\"v2\"", rows[1].Data);
        Assert.Contains("\"v1\"", rows[2].Data);
        Assert.Equal([null, null], rows.Take(2).Select(r => r.PublishedUtc));
        Assert.NotNull(rows[2].PublishedUtc);
    }

    [Fact]
    public async Task Publishing_and_unpublishing_are_recorded_as_changes_but_saving_a_draft_is_not()
    {
        var item = ContentItem<Resource>.Create(Guid.NewGuid(), null, Guide("v1"), "ann", Now);
        item.Publish(Now);
        var batch5 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession()) { batch5.Stage(item); await batch5.CommitOrFailAsync(); }
        var afterPublish = await db.Store.LastChangeAsync();

        var batch6 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var loaded = (await session.FindAsync<Resource>(item.Id))!;
            loaded.Save(Guide("draft"), "ann", Now);
            batch6.Stage(loaded);
            await batch6.CommitOrFailAsync();
        }
        Assert.Equal(afterPublish, await db.Store.LastChangeAsync());

        var batch7 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var loaded = (await session.FindAsync<Resource>(item.Id))!;
            loaded.Unpublish();
            batch7.Stage(loaded);
            await batch7.CommitOrFailAsync();
        }
        var changes = await db.Store.ChangesSinceAsync(afterPublish);
        Assert.Equal(item.Id, Assert.Single(changes).ItemId);
        Assert.Empty(await db.Store.PublishedAsync<Resource>());
    }

    [Fact]
    public async Task The_migrations_of_this_provider_cover_the_whole_model()
    {
        await using var context = db.Database.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), "Add a migration for this provider (docs/operations.md).");
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task An_initiative_survives_the_json_round_trip_whole()
    {
        var initiative = new Initiative
        {
            Name = LocalizedText.Of(fr: "Nom", nl: "Naam"),
            Description = LocalizedText.Of(en: "Text"),
            Sectors = ["addiction"], Types = ["groups"], Publics = ["adults"], Status = "volunteer",
            Address = new Address("Rue 1", "4000", "Liège"), Location = new GeoPoint(50.63, 5.57),
            Contact = new PublicContact("a@b.example.org", null), Languages = ["fr"], StartedYear = 2020,
            Activity = Activity.Starting, LastVerified = new DateOnly(2026, 1, 2), IsExample = true, PeerWorkerCount = 3,
        };
        var item = ContentItem<Initiative>.Create(Guid.NewGuid(), null, initiative, "ann", Now);
        var batch8 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession()) { batch8.Stage(item); await batch8.CommitOrFailAsync(); }

        await using var check = db.Store.OpenSession();
        var back = (await check.FindAsync<Initiative>(item.Id))!.Latest.Content;
        Assert.Equal(initiative.Name, back.Name);
        // Stored with its place matched: the same address, and the municipality its postal code and city name.
        Assert.Equal(initiative.Address with { Municipality = "62063" }, back.Address);
        Assert.Equal(initiative.Location, back.Location);
        Assert.Equal(initiative.Contact, back.Contact);
        Assert.Equal(initiative.Sectors, back.Sectors);
        Assert.Equal((Activity.Starting, new DateOnly(2026, 1, 2), true, 3), (back.Activity, back.LastVerified, back.IsExample, back.PeerWorkerCount));
        Assert.Same(Province.Liege, back.Province);
    }
}
