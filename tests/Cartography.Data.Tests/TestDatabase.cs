using Cartography.Data.Content;
using Cartography.Data.Import;
using Cartography.Data.Seeding;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Microsoft.Data.Sqlite;

namespace Cartography.Data.Tests;

/// <summary>A migrated SQLite file in a fresh temporary folder, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cartography-tests", Guid.NewGuid().ToString("n"));

    public CartographyDatabase Database { get; private set; } = null!;
    public TimeProvider Clock { get; } = TimeProvider.System;
    public ContentStore Store => new(Database, Clock);
    public TaxonomyStore Taxonomy => new(Database);
    public SeedContentImporter Seeder => new(Store, Taxonomy, new Markers(Database, Clock), Clock);
    public InitiativeCsvImporter CsvImporter => new(Store, Taxonomy, Clock);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Database = new CartographyDatabase(DatabaseProvider.Sqlite, CartographyDatabase.SqliteFileIn(Folder));
        await Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cartography.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cartography.sln not found above the test folder.");
    }
}
