using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

// Each collection has a site and a Chromium of its own; on two cores they take turns rather than slow each other down.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Cartography.Browser.Tests;

/// <summary>
/// The real site on Kestrel (127.0.0.1, a free port), seeded from content/ into a temporary data folder, and Debian's
/// Chromium driven by Playwright. Map tiles point at a closed local port, so nothing goes to the internet and every
/// test shows the map as it is offline.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Nothing listens there: every tile request fails at once.</summary>
    public const string UnreachableTiles = "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png";

    private readonly SiteFactory factory = new();
    private IPlaywright? playwright;

    public string BaseAddress { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's services, e.g. to create a back office account for a test.</summary>
    public IServiceProvider Services => factory.Services;

    /// <summary>The site's temporary data folder: its database, its logs, and the emails written under <c>mail</c>.</summary>
    public string DataPath => factory.DataPath;

    public static string RepositoryRoot => global::Cartography.Tests.Shared.RepositoryRoot.Path;

    public static string ScreenshotFolder { get; } =
        Path.Combine(RepositoryRoot, "tests", "Cartography.Browser.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // The site builds links from its public address, so it must know its port before it starts: a free one, now.
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, factory.Port));
        factory.StartServer();
        BaseAddress = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    /// <summary>A fresh browser context (no cookies, no history) with a page at the site's address.</summary>
    public async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = BaseAddress;
        options.ViewportSize ??= new ViewportSize { Width = 1400, Height = 1000 };
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // Chromium reports what the Content-Security-Policy blocked on the console; any of it is a broken page.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) cspViolations.Enqueue($"{page.Url}: {message.Text}");
        };
        await page.GotoAsync(path);
        return page;
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> cspViolations = new();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(factory.DataPath)) Directory.Delete(factory.DataPath, recursive: true);
        if (!cspViolations.IsEmpty)
            throw new InvalidOperationException("The Content-Security-Policy blocked:" + Environment.NewLine + string.Join(Environment.NewLine, cspViolations.Distinct()));
    }

    private sealed class SiteFactory : WebApplicationFactory<Program>
    {
        public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "cartography-browser-tests", Guid.NewGuid().ToString("n"));

        public int Port { get; } = FreePort();

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseContentRoot(RepositoryRoot);
            builder.UseSetting("Cartography:DataPath", DataPath);
            builder.UseSetting("Cartography:LogPath", Path.Combine(DataPath, "logs"));
            builder.UseSetting("Cartography:PublicBaseUrl", $"http://127.0.0.1:{Port}");
            builder.UseSetting("Cartography:Map:TileUrl", UnreachableTiles);
            // Every test posts from 127.0.0.1: the default (5 posts in 10 minutes) would refuse the later tests' forms.
            builder.UseSetting("Cartography:Registration:PostsPerWindow", "1000");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>
/// Tests that publish initiatives, on a site of their own: the other tests count the seeded initiatives and would see
/// one more.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishingCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser, publishing";
}
