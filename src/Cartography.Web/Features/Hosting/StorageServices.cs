using Cartography.Data.Contact;
using Cartography.Data.Registration;
using Cartography.Data.Content;
using Cartography.Data.Export;
using Cartography.Data.Editorial;
using Cartography.Data.Import;
using Cartography.Data.Seeding;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Cartography.Data.Writing;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

public static class StorageServices
{
    /// <summary>The database for the configured provider, the content stores, the importers and the editorial services.</summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CartographyOptions>().BindConfiguration(CartographyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Cartography:Database:Provider must be Sqlite or PostgreSql.")
            .Validate(o => o.Provider != DatabaseProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Cartography:Database:ConnectionString is required when the provider is PostgreSql.")
            .ValidateOnStart();
        services.AddOptions<ImportLimits>().BindConfiguration(ImportLimits.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CartographyOptions>>().Value;
            var root = provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
            return new DataFolder(RepositoryRoot.Resolve(root, options.DataPath));
        });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = string.IsNullOrWhiteSpace(options.ConnectionString) && options.Provider == DatabaseProvider.Sqlite
                ? CartographyDatabase.SqliteFileIn(provider.GetRequiredService<DataFolder>().Path)
                : options.ConnectionString!;
            return new CartographyDatabase(options.Provider, connectionString);
        });
        services.AddSingleton<ContentStore>();
        services.AddSingleton(provider => new ContentService(provider.GetRequiredService<CartographyDatabase>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetService<IContentCommitted>()));
        services.AddSingleton<TaxonomyStore>();
        services.AddSingleton<Markers>();
        services.AddSingleton<SeedContentImporter>();
        services.AddSingleton<InitiativeCsvImporter>();
        services.AddSingleton(provider => new InitiativeImportPreviewer(
            provider.GetRequiredService<InitiativeCsvImporter>(), provider.GetRequiredService<IOptions<ImportLimits>>().Value));
        services.AddSingleton<InitiativeCsvExporter>();
        services.AddSingleton<TaxonomyEditor>();
        services.AddSingleton<ContentEditor>();
        services.AddSingleton<EditorialQueries>();
        services.AddSingleton<PageOutline>();
        services.AddSingleton<ScheduledPublishing>();
        services.AddOptions<SubmissionOptions>().BindConfiguration(SubmissionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new SubmissionStore(provider.GetRequiredService<CartographyDatabase>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<SubmissionOptions>>().Value));
        services.AddSingleton<SubmissionModeration>();
        services.AddSingleton<ContactMessageStore>();
        return builder;
    }
}
