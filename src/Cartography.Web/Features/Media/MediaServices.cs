using Microsoft.Extensions.FileProviders;

namespace Cartography.Web.Features.Media;

public static class MediaServices
{
    public static WebApplicationBuilder AddMedia(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MediaLibrary>();
        return builder;
    }

    /// <summary>Serves the uploaded images under /media, telling browsers never to guess another type.</summary>
    public static WebApplication UseMedia(this WebApplication app)
    {
        var media = app.Services.GetRequiredService<MediaLibrary>();
        Directory.CreateDirectory(media.Folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(media.Folder),
            RequestPath = MediaLibrary.RequestPath,
            OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }
}
