using System.Diagnostics;
using System.Text.RegularExpressions;
using Cartography.Web.Tests.Backoffice;
using Microsoft.Data.Sqlite;

namespace Cartography.Web.Tests.Cli;

/// <summary>The create-admin verb, run as a separate process, and the site then started on the same data folder.</summary>
public sealed partial class CreateAdminVerbTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cartography-cli-tests", Guid.NewGuid().ToString("n"));

    private async Task<(int ExitCode, string Output)> Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CartographyFactory.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Cartography__DataPath"] = dataPath,
                ["Cartography__LogPath"] = Path.Combine(dataPath, "logs"),
                ["Cartography__PublicBaseUrl"] = "https://cartography.example.be",
                ["DOTNET_ENVIRONMENT"] = "Production",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cartography.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Create_admin_prints_a_one_time_link_that_sets_the_password_once_and_no_default_password_works()
    {
        var (exitCode, output) = await Run("create-admin", "--email", "chief@example.org");

        Assert.Equal(0, exitCode);
        Assert.Contains("Administrator chief@example.org created, without a password.", output);
        var link = LinkPattern().Match(output);
        Assert.True(link.Success, output);

        await using var site = new CartographyFactory(dataPath, deleteOnDispose: false);
        var client = site.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        foreach (var guess in new[] { "", "admin", "password", "chief@example.org" })
            Assert.NotEqual(302, (int)(await client.SignInAsync("chief@example.org", guess)).StatusCode);
        var path = new Uri(link.Value).PathAndQuery;
        var set = await client.SubmitFormAsync(path, new() { ["Form.Password"] = "the chief's own long phrase", ["Form.Confirmation"] = "the chief's own long phrase" });
        Assert.Contains("Your password is saved.", (await Html.ParseAsync(set)).Body!.TextContent);
        Assert.Contains("This link is no longer valid", (await Html.ParseAsync(await client.GetAsync(path))).Body!.TextContent);
        var signedIn = site.CreatePlainClient();
        Assert.Equal("/backoffice", (await signedIn.SignInAsync("chief@example.org", "the chief's own long phrase")).PathOfLocation());
        Assert.Equal(200, (int)(await signedIn.GetAsync("/backoffice/users")).StatusCode);
    }

    [Fact]
    public async Task Create_admin_for_an_existing_account_makes_it_an_administrator_with_a_new_link()
    {
        await Run("create-admin", "--email", "chief@example.org");

        var (exitCode, output) = await Run("create-admin", "--email", "chief@example.org");

        Assert.Equal(0, exitCode);
        Assert.Contains("chief@example.org already had an account; it is an administrator now.", output);
        Assert.Matches(LinkPattern(), output);
    }

    [Theory]
    [InlineData("create-admin")]
    [InlineData("create-admin", "--email")]
    [InlineData("create-admin", "--mail", "chief@example.org")]
    public async Task Create_admin_without_an_address_prints_the_usage_and_exits_2(params string[] args)
    {
        var (exitCode, output) = await Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("create-admin --email <e>", output);
    }

    [Fact]
    public async Task Create_admin_with_something_else_than_an_address_exits_2()
    {
        var (exitCode, output) = await Run("create-admin", "--email", "not an address");

        Assert.Equal(2, exitCode);
        Assert.Contains("'not an address' is not an email address.", output);
    }

    [Fact]
    public async Task Help_lists_create_admin()
    {
        var (_, output) = await Run("help");

        Assert.Contains("create-admin --email <e>", output);
    }

    [Fact]
    public async Task Starting_the_site_without_an_administrator_says_how_to_create_one_and_with_one_says_nothing()
    {
        Assert.Contains("The back office has no administrator yet.", await StartSiteAsync());
        Assert.Contains("create-admin --email <your email address>", await StartSiteAsync());

        await Run("create-admin", "--email", "chief@example.org");

        Assert.DoesNotContain("no administrator", await StartSiteAsync());
    }

    /// <summary>Starts the site on a free port, returns what the console said until it was ready, and stops it.</summary>
    private async Task<string> StartSiteAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = CartographyFactory.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Cartography__DataPath"] = dataPath,
                ["Cartography__LogPath"] = Path.Combine(dataPath, "logs"),
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["Cartography__PublicBaseUrl"] = "https://cartography.example.be",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cartography.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        try
        {
            var console = new System.Text.StringBuilder();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                console.AppendLine(line);
                if (line.StartsWith("Cartography is running", StringComparison.Ordinal)) break;
            }
            return console.ToString();
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"https://cartography\.example\.be/backoffice/account/set-password\?user=[0-9a-f-]{36}&token=[A-Za-z0-9_-]{100,}")]
    private static partial Regex LinkPattern();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
    }
}
