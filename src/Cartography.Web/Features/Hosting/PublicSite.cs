using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Cartography.Web.Components;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Registration;
using Cartography.Web.Features.Pages;
using Cartography.Web.Features.Shared;

namespace Cartography.Web.Features.Hosting;

public static class PublicSite
{
    public static WebApplicationBuilder AddPublicSite(this WebApplicationBuilder builder)
    {
        // Interactive components serve the back office only; App.razor gives public pages no render mode, so they stay static.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // The web root is the repository's wwwroot/; the framework's own files (/_framework/blazor.web.js) come from
        // the static web assets manifest, which ASP.NET Core reads only in Development unless asked to.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.Section)
            .PostConfigure(OperatorOptions.TreatEmptyAsUnset).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddPageRoutes();
        builder.Services.AddScoped<PageFallbacks>();
        // Antiforgery and other protected payloads must survive restarts and be shared by every node: keys live in the data folder.
        builder.Services.AddDataProtection().SetApplicationName("Cartography");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<DataFolder, ILoggerFactory>((options, folder, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(folder.Path, "keys")), loggers));
        return builder;
    }

    /// <summary>The pages' pipeline (after <see cref="HostingServices.UseHosting"/>): static files from the root wwwroot/, the back office session, the culture, then the pages.</summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRouting();
        // Before localization, which reads a back office user's language; the cookie reaches /backoffice only.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestLocalization();
        // Refusals (too many posts, too large a body) are written in the URL's language, before antiforgery reads a form.
        app.UseRegistration();
        // After the registration body limit, before antiforgery: malformed forms are refused here with a 400.
        app.UseFormGuard();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddBackofficeRenderMode().WithPageRoutes();
        return app;
    }
}
