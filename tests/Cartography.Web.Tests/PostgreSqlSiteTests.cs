using System.Net.Http.Json;
using System.Text.Json;
using Cartography.Data.Import;
using Cartography.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace Cartography.Web.Tests;

/// <summary>The site configured for PostgreSQL: migrated, seeded and serving from a real server.</summary>
public sealed class PostgreSqlCartographyFactory : CartographyFactory, IAsyncLifetime
{
    private string connectionString = null!;

    public async Task InitializeAsync() => connectionString = await PostgreSqlServer.CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Database:Provider", "PostgreSql");
        builder.UseSetting("Cartography:Database:ConnectionString", connectionString);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(connectionString);
    }
}

public class PostgreSqlSiteTests(PostgreSqlCartographyFactory factory) : IClassFixture<PostgreSqlCartographyFactory>
{
    [Fact]
    public async Task The_site_runs_on_postgresql_with_the_seed_content_and_no_sqlite_file()
    {
        var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        var page = await client.GetStringAsync("/nl/?q=housing+first+smes");
        Assert.Contains("Ervaringsdeskundige in het Housing First-team van SMES", page);
        Assert.False(File.Exists(Path.Combine(factory.DataPath, "cartography.db")));
    }

    [Fact]
    public async Task A_csv_import_reaches_the_api_through_postgresql()
    {
        var report = await factory.ImportAsync(
            "pg-1,Pairs à Arlon,,,Groupe de parole,,,Le Relais Arlon,mental-health,groups,volunteer," +
            "Rue des Faubourgs 1,6700,Arlon,49.6833,5.8167,,,,fr,2022,true");
        Assert.Equal(1, report.Count(ImportRowStatus.Created));

        var answer = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/initiatives?culture=en&province=luxembourg&take=100");

        var names = answer.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString());
        Assert.Contains("Pairs à Arlon", names);
    }
}
