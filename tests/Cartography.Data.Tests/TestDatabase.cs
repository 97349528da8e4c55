using Cartography.Data.Content;
using Cartography.Data.Export;
using Cartography.Data.Import;
using Cartography.Data.Seeding;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests;

/// <summary>
/// A migrated, empty database, deleted afterwards: a SQLite file in a fresh temporary folder, or a fresh database
/// on the test PostgreSQL server.
/// </summary>
public sealed class TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite, bool withTaxonomy = true) : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cartography-tests", Guid.NewGuid().ToString("n"));

    public CartographyDatabase Database { get; private set; } = null!;
    public TimeProvider Clock { get; } = TimeProvider.System;
    public ContentStore Store => new(Database);
    public ContentService Content => new(Database, Clock);
    public TaxonomyStore Taxonomy => new(Database);
    public SeedContentImporter Seeder => new(Store, Content, Taxonomy, new Markers(Database, Clock), Clock);
    public InitiativeCsvImporter CsvImporter => new(Store, Content, Taxonomy, Clock);
    public InitiativeCsvExporter CsvExporter => new(Store);
    public TaxonomyEditor TaxonomyEditor => new(Database, Clock);

    public InitiativeImportPreviewer Previewer(ImportLimits? limits = null) => new(CsvImporter, limits ?? new ImportLimits());

    /// <summary>Brings in the repository's taxonomy and, if asked, all its seed content, as the first start does.</summary>
    public async Task SeedAsync(bool withContent)
    {
        var content = Path.Combine(RepositoryRoot.Path, "content");
        if (!withContent)
        {
            content = Path.Combine(Folder, "content");
            Directory.CreateDirectory(content);
            File.Copy(Path.Combine(RepositoryRoot.Path, "content", "taxonomy.yaml"), Path.Combine(content, "taxonomy.yaml"), overwrite: true);
        }
        await Seeder.ImportAsync(content, includeExamples: withContent);
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgreSqlServer.CreateDatabaseAsync()
            : CartographyDatabase.SqliteFileIn(Folder);
        Database = new CartographyDatabase(provider, connectionString);
        await Database.MigrateAsync();
        // The content service validates terms against the stored taxonomy, as on a site after its first start.
        if (withTaxonomy)
            await Taxonomy.AddMissingAsync(SeedContentImporter.ReadTaxonomyFile(Path.Combine(RepositoryRoot.Path, "content", "taxonomy.yaml")));
    }

    public async Task DisposeAsync()
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var context = Database.CreateContext();
            await PostgreSqlServer.DropDatabaseAsync(context.Database.GetConnectionString()!);
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
