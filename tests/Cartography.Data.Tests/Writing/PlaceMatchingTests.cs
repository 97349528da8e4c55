using System.Text.RegularExpressions;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Editorial;
using Cartography.Data.Import;
using Cartography.Data.Registration;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Import;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Writing;

public sealed class PlaceMatchingTestsOnSqlite() : PlaceMatchingTests(DatabaseProvider.Sqlite);

public sealed class PlaceMatchingTestsOnPostgreSql() : PlaceMatchingTests(DatabaseProvider.PostgreSql);

/// <summary>A place is a municipality: every write stores it, and the backfill gives it to records stored before.</summary>
public abstract partial class PlaceMatchingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Ann = Actor.Editor("ann@example.org");
    private readonly TestDatabase db = new(provider);

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    private static Initiative In(string postalCode, string city, string name = "Groupe de pairs") => new()
    {
        Name = LocalizedText.Of(fr: name), Status = "volunteer", Sectors = ["addiction"], Types = ["groups"],
        Address = new Address(null, postalCode, city),
    };

    private async Task<Initiative> LatestAsync(Guid id)
    {
        await using var session = db.Store.OpenSession();
        return (await session.FindAsync<Initiative>(id))!.Latest.Content;
    }

    private async Task<int> VersionsAsync(Guid id)
    {
        await using var context = db.Database.CreateContext();
        return await context.ContentVersions.CountAsync(v => v.ItemId == id);
    }

    [Fact]
    public async Task The_content_service_stores_the_municipality_and_an_edit_of_the_postal_code_leaves_no_stale_one()
    {
        var id = (await db.Content.CreateAsync(Ann, In("4000", "luik"))).ItemId;

        var created = await LatestAsync(id);
        Assert.Equal(("62063", "Liège"), (created.Address.Municipality, created.Address.City));

        var saved = await db.Content.SaveAsync(Ann, id, 1, created with { Address = created.Address with { PostalCode = "7000", City = "Bergen" } });
        Assert.Equal(EditStatus.Saved, saved.Status);
        Assert.Equal(("53053", "Mons"), ((await LatestAsync(id)).Address.Municipality, (await LatestAsync(id)).Address.City));

        // A city that names no place of its code is refused (a stale municipality from the copy does not make it pass),
        // and what is stored stays as it was.
        var refused = await db.Content.SaveAsync(Ann, id, 2, (await LatestAsync(id)) with { Address = new Address(null, "7000", "Atlantis") { Municipality = "62063" } });
        Assert.Equal(EditStatus.Invalid, refused.Status);
        Assert.Contains(refused.Violations, v => v.Field == "city");
        Assert.Equal(("53053", "Mons"), ((await LatestAsync(id)).Address.Municipality, (await LatestAsync(id)).Address.City));
        Assert.Null((new Address(null, "7000", "Atlantis") { Municipality = "62063" }).Resolved().Municipality);
    }

    [Fact]
    public async Task A_registration_and_a_csv_row_are_stored_with_their_place_and_a_re_import_changes_nothing()
    {
        await db.SeedAsync(withContent: false);
        var received = await new SubmissionStore(db.Database, db.Clock).ReceiveAsync(new Submission(In("1050", "elsene"),
            new PrivateDetails(new Submitter("Camille", "camille@example.org", "coordinatrice"), new Consent(DateTimeOffset.UtcNow, "2026-11")), null));
        var proposed = (await new SubmissionModeration(db.Database, db.Content).GetAsync(received.Id))!.Proposed;
        Assert.Equal(("21009", "Elsene"), (proposed.Address.Municipality, proposed.Address.City));

        var file = CsvText.File(CsvText.Good.With("city", "NAMEN"));
        var first = await db.CsvImporter.ImportAsync(new StringReader(file), Actor.System("import test.csv"));
        Assert.Equal(ImportRowStatus.Created, Assert.Single(first.Rows).Status);
        var stored = (await db.Store.PublishedAsync<Initiative>()).Single(i => i.Key == "ext-1").Content.Address;
        Assert.Equal(("92094", "Namur"), (stored.Municipality, stored.City));

        var again = await db.CsvImporter.ImportAsync(new StringReader(file), Actor.System("import test.csv"));
        Assert.Equal(ImportRowStatus.Unchanged, Assert.Single(again.Rows).Status);
    }

    [Fact]
    public async Task The_backfill_matches_old_records_lists_those_it_cannot_match_and_then_has_nothing_to_do()
    {
        var plain = await RowsPastTheRules.PublishAsync(db.Database, "old-liege", In("4000", "Luik"));
        var lost = await RowsPastTheRules.PublishAsync(db.Database, "old-lost", In("4000", "Atlantis"));
        var matched = (await db.Content.CreateAsync(Ann, In("5000", "Namur"))).ItemId;

        var report = await new PlaceBackfill(db.Content).FillAsync();

        Assert.Equal(1, report.Matched);
        var left = Assert.Single(report.Unmatched);
        Assert.Equal((lost, "4000", "Atlantis"), (left.Id, left.PostalCode, left.City));
        var liege = (await db.Store.PublishedAsync<Initiative>([plain])).Single().Content.Address;
        Assert.Equal(("62063", "Liège"), (liege.Municipality, liege.City));
        Assert.Equal(2, await VersionsAsync(plain));
        Assert.Equal(1, await VersionsAsync(lost));
        Assert.Equal(1, await VersionsAsync(matched));

        Assert.Equal(0, (await new PlaceBackfill(db.Content).FillAsync()).Matched);
        var listed = await new EditorialQueries(db.Database).UnmatchedPlacesAsync();
        Assert.Equal([lost], listed.Select(u => u.Id));
    }

    [Fact]
    public async Task The_backfill_gives_a_published_record_its_place_and_copies_its_newer_draft_after_it()
    {
        var id = await RowsPastTheRules.PublishAsync(db.Database, "old-gent", In("9000", "Gent"));
        var draft = await db.Content.SaveAsync(Ann, id, 1, In("9000", "Gent", "Nouveau nom"));
        Assert.Equal(EditStatus.Saved, draft.Status);
        // The draft was matched on its save; the published version still lacks its place.
        Assert.Null((await db.Store.PublishedAsync<Initiative>([id])).Single().Content.Address.Municipality);

        var report = await new PlaceBackfill(db.Content).FillAsync();

        Assert.Equal(1, report.Matched);
        await using var session = db.Store.OpenSession();
        var item = (await session.FindAsync<Initiative>(id))!;
        Assert.Equal("44021", item.Published!.Content.Address.Municipality);
        Assert.Equal("Groupe de pairs", item.Published.Content.Name.In(Culture.Fr));
        Assert.Equal("Nouveau nom", item.Latest.Content.Name.In(Culture.Fr));
        Assert.True(item.Latest.Number > item.Published.Number);
    }

    [GeneratedRegex(@"^\s+city:\s*(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex SeedCity();

    [Fact]
    public async Task Every_seed_initiative_is_given_a_municipality_on_import_and_by_the_backfill_as_stored_by_an_older_release()
    {
        await db.SeedAsync(withContent: true);
        var seeded = await db.Store.PublishedAsync<Initiative>();
        Assert.NotEmpty(seeded);
        Assert.All(seeded, i => Assert.True(i.Content.Address.Municipality is not null, $"{i.Key}: {i.Content.Address.PostalCode} {i.Content.Address.City}"));

        // The same records as an older release stored them: the city as the seed file writes it, no municipality.
        var older = new TestDatabase(provider);
        await older.InitializeAsync();
        try
        {
            foreach (var initiative in seeded)
            {
                var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "initiatives", initiative.Key + ".yaml"));
                var city = SeedCity().Match(yaml).Groups[1].Value;
                await RowsPastTheRules.PublishAsync(older.Database, initiative.Key!,
                    initiative.Content with { Address = new Address(initiative.Content.Address.Street, initiative.Content.Address.PostalCode, city) });
            }

            var report = await new PlaceBackfill(older.Content).FillAsync();

            Assert.Empty(report.Unmatched);
            Assert.Equal(seeded.Count, report.Matched);
            var migrated = await older.Store.PublishedAsync<Initiative>();
            Assert.All(migrated, i => Assert.Equal(seeded.Single(s => s.Key == i.Key).Content.Address.Municipality, i.Content.Address.Municipality));
        }
        finally
        {
            await older.DisposeAsync();
        }
    }
}
