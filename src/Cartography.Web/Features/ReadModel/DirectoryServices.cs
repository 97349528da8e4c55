using Cartography.Data.Writing;
using Cartography.Search.FullText;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Web.Features.Shared;
using Cartography.Web.Features.Hosting;

namespace Cartography.Web.Features.ReadModel;

public static class DirectoryServices
{
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DirectoryReadModel>();
        // One index per process, each node its own: it lives in the data folder and is rebuilt when missing or unreadable.
        builder.Services.AddSingleton(services => InitiativeIndex.Open(Path.Combine(services.GetRequiredService<DataFolder>().Path, "index")));
        builder.Services.AddSingleton(services => new DirectorySearch(
            services.GetRequiredService<DirectoryReadModel>(), services.GetRequiredService<InitiativeIndex>(), Links.Initiative));
        builder.Services.AddSingleton<DirectoryLoader>();
        builder.Services.AddSingleton<IContentCommitted, LocalCatchUp>();
        builder.Services.AddHostedService<StartupService>();
        builder.Services.AddHostedService<DirectoryRefresher>();
        builder.Services.AddHealthChecks().AddCheck<DirectoryHealthCheck>("directory");
        return builder;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz");
        return app;
    }
}
