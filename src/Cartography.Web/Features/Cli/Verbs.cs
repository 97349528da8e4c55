using System.Globalization;
using Cartography.Data.Content;
using Cartography.Data.Export;
using Cartography.Data.Import;
using Cartography.Data.Synthetic;
using Cartography.Data.Writing;
using Cartography.Web.Features.Backoffice.Account;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Features.Hosting;

namespace Cartography.Web.Features.Cli;

/// <summary>
/// The executable's verbs. With none it serves the site; <c>import</c>, <c>export</c>, <c>reindex</c>, <c>generate</c> and
/// <c>create-admin</c> work on the configured database and exit. Exit codes: 0 done, 1 done but some rows were rejected, 2 usage or file error.
/// </summary>
public static class Verbs
{
    public const string Usage = """
        Usage: Cartography.Web [verb] [arguments]
          (no verb)                    serve the site
          import <file.csv> [--dry-run] import initiatives from CSV, reporting each row; --dry-run writes nothing
          export <file.csv>            write every published initiative as CSV in the format import reads
          reindex                      rebuild derived data (the read model, the search index) from the database
          generate --count N [--seed S] add N synthetic example initiatives for scale tests (published, keys
                                       synthetic-S-1..N; seed 1 by default; a key already there is skipped)
          create-admin --email <e>     create the back office administrator (or make that account one), with no
                                       password, and print a one-time link to choose it
          help                         show this text
        """;

    private static readonly string[] Known = ["import", "export", "reindex", "generate", "create-admin", "help", "--help", "-h"];

    /// <summary>The verb in the arguments, or null to serve. Configuration switches (--key value) are not verbs.</summary>
    public static string? Find(string[] args) => args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) || args is ["--help" or "-h", ..] ? args[0] : null;

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        switch (args[0])
        {
            case "import":
                return await ImportAsync(app, args[1..], output);
            case "export":
                return await ExportAsync(app, args[1..], output);
            case "generate":
                return await GenerateAsync(app, args[1..], output);
            case "create-admin":
                return await CreateAdminAsync(app, args[1..], output);
            case "reindex":
                await app.Services.PrepareStorageAsync();
                await app.Services.GetRequiredService<DirectoryLoader>().ReindexAsync();
                var snapshot = app.Services.GetRequiredService<Search.ReadModel.DirectoryReadModel>().Current;
                await output.WriteLineAsync($"reindexed: {snapshot.Initiatives.Count} initiatives, {snapshot.Portraits.Count} portraits, {snapshot.Resources.Count} resources");
                return 0;
            case "help" or "--help" or "-h":
                await output.WriteLineAsync(Usage);
                return 0;
            default:
                await output.WriteLineAsync($"Unknown verb '{args[0]}'.{Environment.NewLine}{Usage}");
                return 2;
        }
    }

    private static async Task<int> ImportAsync(WebApplication app, string[] args, TextWriter output)
    {
        var dryRun = args.Contains("--dry-run");
        var files = args.Where(a => a != "--dry-run").ToList();
        if (files.Count != 1)
        {
            await output.WriteLineAsync("import takes one CSV file." + Environment.NewLine + Usage);
            return 2;
        }
        var path = Path.GetFullPath(files[0]);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"No file at {path}.");
            return 2;
        }
        await app.Services.PrepareStorageAsync();
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var report = await app.Services.GetRequiredService<InitiativeCsvImporter>().ImportAsync(reader, Actor.System($"import {Path.GetFileName(path)}"), dryRun);
        foreach (var row in report.Rows) await output.WriteLineAsync(row.ToString());
        await output.WriteLineAsync((dryRun ? "dry run, nothing written: " : "") + report.Summary);
        if (report.FileError is not null) return 2;
        return report.Count(ImportRowStatus.Rejected) > 0 ? 1 : 0;
    }

    private static async Task<int> ExportAsync(WebApplication app, string[] args, TextWriter output)
    {
        if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            await output.WriteLineAsync("export takes one CSV file to write." + Environment.NewLine + Usage);
            return 2;
        }
        var path = Path.GetFullPath(args[0]);
        if (!Directory.Exists(Path.GetDirectoryName(path)))
        {
            await output.WriteLineAsync($"No folder for {path}.");
            return 2;
        }
        await app.Services.PrepareStorageAsync();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var started = clock.GetTimestamp();
        // Written beside the target and moved into place, so a failed export never leaves half a file under its name.
        var partial = path + ".partial";
        int count;
        await using (var file = File.Create(partial))
            count = await app.Services.GetRequiredService<InitiativeCsvExporter>().ExportAsync(file);
        File.Move(partial, path, overwrite: true);
        await output.WriteLineAsync($"exported {count} published initiatives to {path} in {clock.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;
    }

    private static async Task<int> GenerateAsync(WebApplication app, string[] args, TextWriter output)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
            if (args[i] is not ("--count" or "--seed") || i + 1 == args.Length || !options.TryAdd(args[i], args[i + 1]))
                return await UsageErrorAsync($"generate does not understand '{string.Join(' ', args[i..])}'.");
        if (!options.TryGetValue("--count", out var countText) || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 1_000_000)
            return await UsageErrorAsync("generate needs --count N, a whole number from 1 to 1000000.");
        var seed = 1;
        if (options.TryGetValue("--seed", out var seedText) && !int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
            return await UsageErrorAsync($"--seed must be a whole number from 0 to {int.MaxValue}.");

        await app.Services.PrepareStorageAsync();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var started = clock.GetTimestamp();
        var writer = new SyntheticDataWriter(app.Services.GetRequiredService<ContentStore>(), app.Services.GetRequiredService<ContentService>(), clock);
        var report = await writer.WriteAsync(count, seed, done =>
        {
            if (done % 10_000 == 0 && done < count) output.WriteLine($"{done} of {count} ({clock.GetElapsedTime(started).TotalSeconds:F0} s)");
        });
        await output.WriteLineAsync($"seed {seed}: {report} in {clock.GetElapsedTime(started).TotalSeconds:F1} s");
        return 0;

        async Task<int> UsageErrorAsync(string problem)
        {
            await output.WriteLineAsync(problem + Environment.NewLine + Usage);
            return 2;
        }
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args, TextWriter output)
    {
        if (args is not ["--email", var email])
        {
            await output.WriteLineAsync("create-admin needs --email <address>." + Environment.NewLine + Usage);
            return 2;
        }
        // The link it prints starts with the public address: without one it would name no reachable site.
        var publicBaseUrl = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CartographyOptions>>().Value.PublicBaseUrl;
        if (PublicBaseUrlRule.Check(publicBaseUrl, app.Environment.IsDevelopment()) is { } problem)
        {
            await output.WriteLineAsync(problem);
            return 2;
        }
        await app.Services.PrepareStorageAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().CreateAdminAsync(email);
        var lifetime = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Backoffice.AccountOptions>>().Value.SetPasswordLinkLifetime;
        switch (outcome.Status)
        {
            case CreateAdminStatus.InvalidEmail:
                await output.WriteLineAsync($"'{email}' is not an email address.");
                return 2;
            case CreateAdminStatus.Reused:
                await output.WriteLineAsync($"{email.Trim()} already had an account; it is an administrator now.");
                break;
            default:
                await output.WriteLineAsync($"Administrator {email.Trim()} created, without a password.");
                break;
        }
        await output.WriteLineAsync($"Hand this link to its owner to choose a password; it works once, within {lifetime.TotalHours:0.##} hours:");
        await output.WriteLineAsync(outcome.Link);
        return 0;
    }
}
