using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Storage;

/// <summary>Opens contexts for the configured provider and brings the schema up to date.</summary>
public sealed class CartographyDatabase
{
    private readonly DbContextOptions<SqliteCartographyDbContext>? sqlite;
    private readonly DbContextOptions<PostgreSqlCartographyDbContext>? postgreSql;

    public CartographyDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                sqlite = new DbContextOptionsBuilder<SqliteCartographyDbContext>().UseSqlite(connectionString).Options;
                break;
            case DatabaseProvider.PostgreSql:
                postgreSql = new DbContextOptionsBuilder<PostgreSqlCartographyDbContext>().UseNpgsql(connectionString).Options;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }

    /// <summary>The SQLite connection string for a database file in <paramref name="dataPath"/>.</summary>
    public static string SqliteFileIn(string dataPath) =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataPath, "cartography.db"), Pooling = true }.ToString();

    public DatabaseProvider Provider { get; }

    public CartographyDbContext CreateContext() =>
        sqlite is not null ? new SqliteCartographyDbContext(sqlite) : new PostgreSqlCartographyDbContext(postgreSql!);

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = CreateContext();
        if (Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while a writer commits; the mode is stored in the file, so once is enough.
            var file = new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder) Directory.CreateDirectory(folder);
            await context.Database.OpenConnectionAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await context.Database.MigrateAsync(cancellationToken);
    }
}
