using Cartography.Data.Audit;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Import;
using Cartography.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Writing;

public sealed class ImportAuditTestsOnSqlite() : ImportAuditTests(DatabaseProvider.Sqlite);

public sealed class ImportAuditTestsOnPostgreSql() : ImportAuditTests(DatabaseProvider.PostgreSql);

/// <summary>Imports write through the content service: an audit row per item naming who imported, and refused content stays out.</summary>
public abstract class ImportAuditTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider);

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    private async Task<List<AuditEntryRow>> ImportRowsAsync()
    {
        await using var context = db.Database.CreateContext();
        return await context.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.Import).ToListAsync();
    }

    [Fact]
    public async Task A_csv_import_writes_an_audit_row_naming_the_importer()
    {
        var report = await db.CsvImporter.ImportAsync(new StringReader(CsvText.File(CsvText.Good)), Actor.Import("ann@example.org"));

        Assert.Equal(1, report.Count(Cartography.Data.Import.ImportRowStatus.Created));
        var rows = await ImportRowsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("import by ann@example.org", r.Actor));
    }

    [Fact]
    public async Task The_seed_import_writes_an_audit_row_per_item()
    {
        await db.SeedAsync(withContent: true);

        var rows = await ImportRowsAsync();
        await using var context = db.Database.CreateContext();
        Assert.Equal(await context.ContentItems.CountAsync(), rows.Count);
        Assert.All(rows, r => Assert.Equal("seed", r.Actor));
    }

    [Fact]
    public async Task The_seed_import_refuses_a_resource_whose_link_is_not_http_and_writes_nothing()
    {
        var content = Path.Combine(db.Folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "resources"));
        File.Copy(Path.Combine(Cartography.Tests.Shared.RepositoryRoot.Path, "content", "taxonomy.yaml"), Path.Combine(content, "taxonomy.yaml"));
        File.WriteAllText(Path.Combine(content, "resources", "bad.yaml"), """
            title: { fr: Guide }
            category: guide
            documentLanguage: fr
            link: "javascript:alert(document.domain)"
            """);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => db.Seeder.ImportAsync(content, includeExamples: true));

        Assert.Contains("resources/bad", refused.Message);
        Assert.Contains("link", refused.Message);
        await using var context = db.Database.CreateContext();
        Assert.Equal(0, await context.ContentItems.CountAsync());
    }
}
