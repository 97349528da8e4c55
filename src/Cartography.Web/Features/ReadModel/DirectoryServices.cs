using Cartography.Search.ReadModel;
using Cartography.Web.Features.Hosting;

namespace Cartography.Web.Features.ReadModel;

public static class DirectoryServices
{
    public static WebApplicationBuilder AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DirectoryReadModel>();
        builder.Services.AddSingleton<DirectoryLoader>();
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
