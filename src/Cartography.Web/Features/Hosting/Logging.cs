using Microsoft.Extensions.Options;
using Serilog;

namespace Cartography.Web.Features.Hosting;

public static class Logging
{
    /// <summary>Logs to the console and to a daily file in <c>Cartography:LogPath</c> (umbraco/Logs by default).</summary>
    public static WebApplicationBuilder AddCartographyLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            var options = services.GetRequiredService<IOptions<CartographyOptions>>().Value;
            var folder = RepositoryRoot.Resolve(builder.Environment.ContentRootPath, options.LogPath);
            logger.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
                .Enrich.With<Registration.EditLinkRedaction>()
                .WriteTo.Console()
                .WriteTo.File(Path.Combine(folder, "cartography-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
        },
        // Each host writes through its own logger, not Serilog's static one: with two hosts in a process (the tests'
        // sites), the static logger is the last one built, and one site's lines went to the other's log folder.
        preserveStaticLogger: true);
        return builder;
    }
}
