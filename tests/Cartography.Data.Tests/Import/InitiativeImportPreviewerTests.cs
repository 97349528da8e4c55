using Cartography.Data.Writing;
using System.Text;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Import;
using Cartography.Data.Storage;

namespace Cartography.Data.Tests.Import;

public sealed class InitiativeImportPreviewerTestsOnSqlite() : InitiativeImportPreviewerTests(DatabaseProvider.Sqlite);

public sealed class InitiativeImportPreviewerTestsOnPostgreSql() : InitiativeImportPreviewerTests(DatabaseProvider.PostgreSql);

public abstract class InitiativeImportPreviewerTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider);

    private static readonly string Existing = CsvText.Good;
    private static readonly string ToUpdate = CsvText.Good.With("external_id", "ext-2").With("name_fr", "Pairs à Liège").With("postal_code", "4000").With("city", "Liège")
        .With("latitude", "").With("longitude", "");
    private static readonly string ToCreate = CsvText.Good.With("external_id", "ext-3").With("name_fr", "Nouveau groupe").With("organisation", "Nouvelle ASBL");
    private static readonly string ToReject = CsvText.Good.With("external_id", "ext-4").With("name_fr", "Mauvais code").With("postal_code", "99");

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        await db.SeedAsync(withContent: false);
        await db.CsvImporter.ImportAsync(new StringReader(CsvText.File(Existing, ToUpdate)), Actor.System("setup"));
    }

    public Task DisposeAsync() => db.DisposeAsync();

    /// <summary>The file of the tests: one row of each kind. The update renames ext-2 in English and unpublishes it.</summary>
    private static MemoryStream File() =>
        CsvText.Stream(Existing, ToUpdate.With("name_en", "Peers in Liège").With("published", "false"), ToCreate, ToReject);

    private async Task<(long Changes, int Published, int Versions)> StateAsync()
    {
        await using var session = db.Store.OpenSession();
        var versions = 0;
        foreach (var key in new[] { "ext-1", "ext-2", "ext-3" })
            versions += (await session.FindByKeyAsync<Initiative>(key))?.Versions.Count ?? 0;
        return (await db.Store.LastChangeAsync(), (await db.Store.PublishedAsync<Initiative>()).Count + (await db.Store.PublishedAsync<Organisation>()).Count, versions);
    }

    [Fact]
    public async Task The_preview_gives_each_row_its_line_external_id_name_and_action()
    {
        var preview = await db.Previewer().PreviewAsync(File());

        Assert.Equal(ImportFileStatus.Read, preview.Status);
        Assert.Equal(
            [(2, "ext-1", "Pairs à Namur", ImportRowStatus.Unchanged), (3, "ext-2", "Pairs à Liège", ImportRowStatus.Updated),
             (4, "ext-3", "Nouveau groupe", ImportRowStatus.Created), (5, "ext-4", "Mauvais code", ImportRowStatus.Rejected)],
            preview.Rows.Select(r => (r.Line, r.ExternalId!, r.Name!, r.Action)));
        Assert.Equal("1 to create, 1 to update, 1 unchanged, 1 rejected", preview.Summary);
    }

    [Fact]
    public async Task The_preview_of_an_update_lists_each_changed_field_before_and_after()
    {
        var preview = await db.Previewer().PreviewAsync(File());

        Assert.Equal(
            [new FieldChange("name_en", "", "Peers in Liège"), new FieldChange("published", "true", "false")],
            preview.Rows[1].Changes);
        Assert.Empty(preview.Rows[0].Changes);
    }

    [Fact]
    public async Task The_preview_of_a_creation_lists_the_fields_it_fills_and_a_rejection_its_reasons()
    {
        var preview = await db.Previewer().PreviewAsync(File());

        Assert.Contains(new FieldChange("organisation", null, "Nouvelle ASBL"), preview.Rows[2].Changes);
        Assert.Contains(new FieldChange("name_fr", null, "Nouveau groupe"), preview.Rows[2].Changes);
        Assert.DoesNotContain(preview.Rows[2].Changes, c => c.Column is "name_en" or "external_id");
        var violation = Assert.Single(preview.Rows[3].Violations);
        Assert.Equal(("postal_code", "Rule_PostalCode_Invalid"), (violation.Field, violation.Code));
        Assert.Contains("'99' is not a Belgian postal code", violation.Message);
    }

    [Fact]
    public async Task A_pending_draft_that_the_row_would_publish_shows_as_a_change_of_published()
    {
        var batch1 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var item = (await session.FindByKeyAsync<Initiative>("ext-1"))!;
            item.Save(item.Latest.Content with { Name = item.Latest.Content.Name.With(Culture.En, "Draft name") }, "editor", DateTimeOffset.UtcNow);
            batch1.Stage(item);
            await batch1.CommitOrFailAsync();
        }

        var preview = await db.Previewer().PreviewAsync(CsvText.Stream(Existing.With("name_en", "Draft name")));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(ImportRowStatus.Updated, row.Action);
        Assert.Equal("true (an earlier version; the latest is not published)", Assert.Single(row.Changes).Before);
    }

    [Fact]
    public async Task The_preview_writes_nothing()
    {
        var before = await StateAsync();

        await db.Previewer().PreviewAsync(File());

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task Committing_the_previewed_file_applies_exactly_what_the_preview_showed()
    {
        var preview = await db.Previewer().PreviewAsync(File());

        var commit = await db.Previewer().CommitAsync(File(), preview, Actor.System("editor"));

        Assert.Equal(ImportFileStatus.Read, commit.Status);
        Assert.Equal(preview.Rows.Select(r => (r.Line, r.Action)), commit.Rows.Select(r => (r.Line, r.Status)));
        var published = (await db.Store.PublishedAsync<Initiative>()).ToDictionary(i => i.Key!);
        Assert.Equal(["ext-1", "ext-3"], published.Keys.Order());
        Assert.Contains(await db.Store.PublishedAsync<Organisation>(), o => o.Id == published["ext-3"].Content.OrganisationId && o.Content.Name.In(Culture.Fr) == "Nouvelle ASBL");
        await using var session = db.Store.OpenSession();
        var updated = (await session.FindByKeyAsync<Initiative>("ext-2"))!;
        Assert.Equal(("Peers in Liège", "editor", false), (updated.Latest.Content.Name.In(Culture.En), updated.Latest.Author, updated.Latest.IsPublished));
        var again = await db.Previewer().PreviewAsync(File());
        Assert.Equal([ImportRowStatus.Unchanged, ImportRowStatus.Unchanged, ImportRowStatus.Unchanged, ImportRowStatus.Rejected], again.Rows.Select(r => r.Action));
    }

    [Fact]
    public async Task A_row_whose_initiative_changed_since_the_preview_is_reported_and_left_alone_while_the_others_are_applied()
    {
        var preview = await db.Previewer().PreviewAsync(File());
        await db.CsvImporter.ImportAsync(new StringReader(CsvText.File(ToUpdate.With("name_nl", "Ervaringswerkers in Luik"))), Actor.System("someone else"));

        var commit = await db.Previewer().CommitAsync(File(), preview, Actor.System("editor"));

        var stale = commit.Rows.Single(r => r.ExternalId == "ext-2");
        Assert.Equal(ImportRowStatus.ChangedSincePreview, stale.Status);
        Assert.Contains("preview the file again", Assert.Single(stale.Reasons));
        Assert.Equal(ImportReasons.ChangedSincePreview, Assert.Single(stale.Violations).Code);
        Assert.Equal(ImportRowStatus.Created, commit.Rows.Single(r => r.ExternalId == "ext-3").Status);
        await using var session = db.Store.OpenSession();
        var kept = (await session.FindByKeyAsync<Initiative>("ext-2"))!;
        Assert.Equal(("Ervaringswerkers in Luik", "someone else", true), (kept.Latest.Content.Name.In(Culture.Nl), kept.Latest.Author, kept.Latest.IsPublished));
    }

    [Fact]
    public async Task A_row_whose_outcome_changed_since_the_preview_says_what_it_would_now_do()
    {
        var preview = await db.Previewer().PreviewAsync(File());
        await db.CsvImporter.ImportAsync(new StringReader(CsvText.File(ToCreate)), Actor.System("someone else"));

        var commit = await db.Previewer().CommitAsync(File(), preview, Actor.System("editor"));

        var stale = commit.Rows.Single(r => r.ExternalId == "ext-3");
        Assert.Equal(ImportRowStatus.ChangedSincePreview, stale.Status);
        Assert.StartsWith("the preview said created, it would now be unchanged", Assert.Single(stale.Reasons));
    }

    [Fact]
    public async Task Committing_another_file_than_the_previewed_one_is_refused_and_writes_nothing()
    {
        var preview = await db.Previewer().PreviewAsync(File());
        var before = await StateAsync();

        var commit = await db.Previewer().CommitAsync(CsvText.Stream(ToCreate), preview, Actor.System("editor"));

        Assert.Equal(ImportFileStatus.NotThePreviewedFile, commit.Status);
        Assert.Empty(commit.Rows);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit_as_reason()
    {
        var previewer = db.Previewer(new ImportLimits { MaxBytes = 500 });

        var preview = await previewer.PreviewAsync(File());
        var commit = await previewer.CommitAsync(File(), preview, Actor.System("editor"));

        Assert.Equal((ImportFileStatus.TooLarge, "the file is larger than 500 bytes; split it into smaller files"), (preview.Status, preview.Reason));
        Assert.Empty(preview.Rows);
        Assert.Equal(ImportFileStatus.TooLarge, commit.Status);
    }

    [Fact]
    public async Task A_file_over_the_row_limit_is_refused_whole_with_the_limit_as_reason()
    {
        var before = await StateAsync();
        var previewer = db.Previewer(new ImportLimits { MaxRows = 3 });

        var preview = await previewer.PreviewAsync(File());
        var commit = await previewer.CommitAsync(File(), preview, Actor.System("editor"));

        Assert.Equal((ImportFileStatus.TooManyRows, "the file has more than 3 rows; split it into smaller files"), (preview.Status, preview.Reason));
        Assert.Empty(preview.Rows);
        Assert.Equal(ImportFileStatus.TooManyRows, commit.Status);
        Assert.Equal(before, await StateAsync());
        Assert.Equal(ImportFileStatus.Read, (await db.Previewer(new ImportLimits { MaxRows = 4 }).PreviewAsync(File())).Status);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_or_lacks_the_header_is_refused_with_its_reason()
    {
        var latin1 = await db.Previewer().PreviewAsync(new MemoryStream(Encoding.Latin1.GetBytes(CsvText.File(ToUpdate))));
        var headless = await db.Previewer().PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes("id,name\n1,x")));

        Assert.Equal(ImportFileStatus.NotUtf8, latin1.Status);
        Assert.Contains("UTF-8", latin1.Reason);
        Assert.Equal(ImportFileStatus.BadHeader, headless.Status);
        Assert.Contains("missing columns: external_id", headless.Reason);
    }

    [Fact]
    public async Task The_preview_survives_being_kept_as_json_between_preview_and_commit()
    {
        var preview = await db.Previewer().PreviewAsync(File());
        var kept = System.Text.Json.JsonSerializer.Deserialize<ImportPreview>(System.Text.Json.JsonSerializer.Serialize(preview))!;
        Assert.Equal(preview.Rows.SelectMany(r => r.Violations), kept.Rows.SelectMany(r => r.Violations));

        var commit = await db.Previewer().CommitAsync(File(), kept, Actor.System("editor"));

        Assert.Equal(preview.Rows.Select(r => r.Action), commit.Rows.Select(r => r.Status));
    }
}
