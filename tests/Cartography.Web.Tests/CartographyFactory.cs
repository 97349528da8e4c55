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
    private readonly bool deleteOnDispose = true;

    public CartographyFactory() => DataPath = Path.Combine(Path.GetTempPath(), "cartography-web-tests", Guid.NewGuid().ToString("n"));

    /// <summary>A site on a given data folder, e.g. a second start on the first one's data. (Not public: xunit fixtures need one public constructor.)</summary>
    internal CartographyFactory(string dataPath, bool deleteOnDispose = true)
    {
        DataPath = dataPath;
        this.deleteOnDispose = deleteOnDispose;
    }

    public string DataPath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(RepositoryRoot);
        builder.UseSetting("Cartography:DataPath", DataPath);
        builder.UseSetting("Cartography:LogPath", Path.Combine(DataPath, "logs"));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
        // Required outside Development; the test client's own address, so links in pages and emails open in it.
        builder.UseSetting("Cartography:PublicBaseUrl", PublicBaseUrl);
    }

    /// <summary>The site's configured public address (the test client's by default).</summary>
    protected virtual string PublicBaseUrl => "http://localhost";

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Imports CSV rows (after the header) through the real importer and refreshes the read model, as a publish would.</summary>
    public async Task<ImportReport> ImportAsync(params string[] rows)
    {
        var csv = string.Join("\n", [string.Join(",", CsvColumns.All), .. rows]);
        var report = await Services.GetRequiredService<InitiativeCsvImporter>().ImportAsync(new StringReader(csv), Cartography.Data.Writing.Actor.System("test"));
        await Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        return report;
    }

    public static string RepositoryRoot => global::Cartography.Tests.Shared.RepositoryRoot.Path;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (deleteOnDispose && Directory.Exists(DataPath)) Directory.Delete(DataPath, recursive: true);
    }
}
