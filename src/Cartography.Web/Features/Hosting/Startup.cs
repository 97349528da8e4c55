using Cartography.Data.Editorial;
using Cartography.Data.Seeding;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

public static class Startup
{
    /// <summary>Brings the schema up to date and imports the seed content into an empty database.</summary>
    public static async Task PrepareStorageAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Cartography.Startup");
        var database = services.GetRequiredService<CartographyDatabase>();
        await database.MigrateAsync(cancellationToken);
        logger.LogInformation("Database ({Provider}) is up to date; data folder {DataFolder}", database.Provider, services.GetRequiredService<DataFolder>().Path);
        var filled = await new ItemColumnsBackfill(database).FillAsync(cancellationToken);
        if (filled > 0) logger.LogInformation("Back-office list columns filled for {Count} items saved before they existed", filled);
        var reserved = await new SlugBackfill(database, services.GetRequiredService<Markers>()).FillAsync(cancellationToken);
        if (reserved > 0) logger.LogInformation("Slugs of {Count} item addresses recorded in the slug table", reserved);

        var content = services.GetRequiredService<IOptions<ContentOptions>>().Value;
        var contentPath = RepositoryRoot.Resolve(services.GetRequiredService<IWebHostEnvironment>().ContentRootPath, content.Path);
        var report = await services.GetRequiredService<SeedContentImporter>().ImportAsync(contentPath, content.IncludeExamples, cancellationToken);
        logger.LogInformation("Seed content from {ContentPath}: {Report}", contentPath, report);
        var addressed = await new PublishedSlugBackfill(services.GetRequiredService<ContentService>()).FillAsync(cancellationToken);
        if (addressed > 0) logger.LogInformation("Slugs given to {Count} published organisations and resources that had none", addressed);
    }

    /// <summary>Says, on the console, which address to open once the server listens.</summary>
    public static void AnnounceAddress(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal)) ?? app.Urls.FirstOrDefault();
            if (address is not null) Console.WriteLine($"Cartography is running: open {address.TrimEnd('/')}/ in your browser (Ctrl+C stops it).");
        });
}
