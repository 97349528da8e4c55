using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// How the site meets the network: the public address it builds links from and answers to, the proxies it believes,
/// no server banner, HSTS over HTTPS, the security headers, and answers for requests that fail.
/// </summary>
public static class HostingServices
{
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHostedService<PublicBaseUrlValidation>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<ErrorPages>();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Runs before the framework's own post-configuration, which would read "AllowedHosts" only when this left none.
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<CartographyOptions>, IHostEnvironment, IConfiguration>((hosts, options, environment, configuration) =>
        {
            hosts.AllowedHosts = AllowedHosts.For(options.Value.PublicBaseUrl, environment.IsDevelopment(), configuration["AllowedHosts"]);
            // An empty Host reaches HostGuard, which answers it in the visitor's language.
            hosts.AllowEmptyHosts = true;
        });

        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true makes the framework believe X-Forwarded-* from anyone: whatever it
        // configured, only the proxies named in Cartography:Proxy are believed, and with none the headers are ignored.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            if (!proxies.Value.Any)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var address in proxies.Value.Addresses) forwarded.KnownProxies.Add(address);
            foreach (var network in proxies.Value.Networks) forwarded.KnownIPNetworks.Add(network);
        });

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline: who the client is, then the headers every answer carries, then error answers.</summary>
    public static WebApplication UseHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Over HTTPS only, and never for localhost (the framework's defaults).
        app.UseHsts();
        app.UseHeadAsGet();
        app.UseRequestErrors(app.Environment);
        app.UseHostGuard();
        // An error page is rendered by what follows, once more, for its own address.
        ErrorPages.UseErrorPages(app);
        return app;
    }
}
