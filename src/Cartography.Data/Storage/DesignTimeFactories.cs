using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cartography.Data.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCartographyDbContext>
{
    public SqliteCartographyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCartographyDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCartographyDbContext>
{
    public PostgreSqlCartographyDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCartographyDbContext>().UseNpgsql("Host=localhost;Database=cartography").Options);
}
