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
        await MatchPlacesAsync(services, logger, cancellationToken);
    }

    /// <summary>Gives initiatives stored before places were matched their municipality, and names those whose city matches no place.</summary>
    private static async Task MatchPlacesAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var places = await new PlaceBackfill(services.GetRequiredService<ContentService>()).FillAsync(cancellationToken);
        if (places.Matched > 0) logger.LogInformation("Places matched to their municipality for {Count} initiatives", places.Matched);
        const int Listed = 50;
        // Public data only: the initiative's id, postal code and city as written.
        foreach (var place in places.Unmatched.Take(Listed))
            logger.LogWarning("Place not matched: initiative {Id}, postal code {PostalCode}, city '{City}' names none of its places; it keeps its string (back office dashboard)",
                place.Id, place.PostalCode, place.City);
        if (places.Unmatched.Count > Listed)
            logger.LogWarning("{Count} more initiatives whose place is not matched are listed on the back office dashboard", places.Unmatched.Count - Listed);
    }

    /// <summary>Says, on the console, which address to open once the server listens.</summary>
    public static void AnnounceAddress(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal)) ?? app.Urls.FirstOrDefault();
            if (address is not null) Console.WriteLine($"Cartography is running: open {address.TrimEnd('/')}/ in your browser (Ctrl+C stops it).");
        });
}
