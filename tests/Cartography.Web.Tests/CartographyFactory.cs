using Cartography.Data.Import;
using Cartography.Web.Features.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests;

/// <summary>The real site, seeded from the repository's content/, on a SQLite file in a fresh temporary folder.</summary>
public class CartographyFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "cartography-web-tests", Guid.NewGuid().ToString("n"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(RepositoryRoot);
        builder.UseSetting("Cartography:DataPath", DataPath);
        builder.UseSetting("Cartography:LogPath", Path.Combine(DataPath, "logs"));
    }

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Imports CSV rows (after the header) through the real importer and refreshes the read model, as a publish would.</summary>
    public async Task<ImportReport> ImportAsync(params string[] rows)
    {
        var csv = string.Join("\n", [string.Join(",", CsvColumns.All), .. rows]);
        var report = await Services.GetRequiredService<InitiativeCsvImporter>().ImportAsync(new StringReader(csv), "test");
        await Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        return report;
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Cartography.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cartography.sln not found above the test folder.");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}
