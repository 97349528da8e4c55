namespace Cartography.Web.Features.Map;

public static class MapServices
{
    /// <summary>The home page map's settings, checked when the site starts rather than when a visitor opens the page.</summary>
    public static WebApplicationBuilder AddMapPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
