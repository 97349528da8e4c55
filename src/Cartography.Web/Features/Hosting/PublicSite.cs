using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Cartography.Web.Components;
using Cartography.Web.Features.Shared;

namespace Cartography.Web.Features.Hosting;

public static class PublicSite
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents();
        // The web root is the repository's wwwroot/; the framework's own files (/_framework/blazor.web.js) come from
        // the static web assets manifest, which ASP.NET Core reads only in Development unless asked to.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<MarkdownRenderer>();
        // Antiforgery and other protected payloads must survive restarts and be shared by every node: keys live in the data folder.
        builder.Services.AddDataProtection().SetApplicationName("Cartography");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<DataFolder, ILoggerFactory>((options, folder, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(folder.Path, "keys")), loggers));
        return builder;
    }

    /// <summary>The request pipeline: static files from the root wwwroot/, culture from the route, then the pages.</summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/not-found", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        return app;
    }
}
