using System.Diagnostics;
using Cartography.Data.Import;
using Microsoft.Data.Sqlite;

namespace Cartography.Web.Tests.Cli;

/// <summary>The executable's verbs, run as a separate process against a temporary data folder.</summary>
public sealed class VerbTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cartography-cli-tests", Guid.NewGuid().ToString("n"));

    private static readonly string Header = string.Join(",", CsvColumns.All);

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

    private string WriteCsv(params string[] rows)
    {
        Directory.CreateDirectory(dataPath);
        var path = Path.Combine(dataPath, $"{Guid.NewGuid():n}.csv");
        File.WriteAllText(path, string.Join("\n", [Header, .. rows]));
        return path;
    }

    [Fact]
    public async Task Import_reports_each_row_by_line_and_external_id_and_exits_1_when_some_were_rejected()
    {
        var csv = WriteCsv(
            "cli-1,Initiative CLI,,,,,,,addiction,groups,volunteer,,5000,Namur,,,,,,,,true",
            "cli-2,Rangée fautive,,,,,,,addiction,groups,volunteer,,99,Namur,,,,,,,,true");

        var (exitCode, output) = await Run("import", csv);

        Assert.Equal(1, exitCode);
        Assert.Contains("line 2 (cli-1): created", output);
        Assert.Contains("line 3 (cli-2): rejected - postal_code: '99' is not a Belgian postal code", output);
        Assert.Contains("1 created, 0 updated, 0 unchanged, 1 rejected", output);

        var (again, secondOutput) = await Run("import", WriteCsv("cli-1,Initiative CLI renommée,,,,,,,addiction,groups,volunteer,,5000,Namur,,,,,,,,true"));
        Assert.Equal(0, again);
        Assert.Contains("line 2 (cli-1): updated", secondOutput);
    }

    [Fact]
    public async Task Import_of_a_missing_file_or_a_wrong_header_exits_2()
    {
        Assert.Equal(2, (await Run("import", Path.Combine(dataPath, "none.csv"))).ExitCode);

        Directory.CreateDirectory(dataPath);
        var wrong = Path.Combine(dataPath, "wrong.csv");
        File.WriteAllText(wrong, "id,name\n1,x\n");
        var (exitCode, output) = await Run("import", wrong);
        Assert.Equal(2, exitCode);
        Assert.Contains("missing columns", output);
    }

    [Fact]
    public async Task Reindex_rebuilds_the_read_model_from_the_seeded_database()
    {
        var (exitCode, output) = await Run("reindex");

        Assert.Equal(0, exitCode);
        Assert.Contains($"reindexed: 24 initiatives, 3 portraits, {Directory.GetFiles(Path.Combine(CartographyFactory.RepositoryRoot, "content", "resources"), "*.yaml").Length} resources", output);
    }

    [Fact]
    public async Task Export_writes_every_published_initiative_and_importing_the_file_back_changes_nothing()
    {
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, "directory.csv");

        var (exitCode, output) = await Run("export", file);
        var (again, importOutput) = await Run("import", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("exported 24 published initiatives", output);
        Assert.Equal(0, again);
        Assert.Contains("0 created, 0 updated, 24 unchanged, 0 rejected", importOutput);
    }

    [Fact]
    public async Task Export_writes_formula_like_cells_as_text_and_the_import_reads_them_back_unchanged()
    {
        var file = Path.Combine(dataPath, "directory.csv");
        await Run("import", WriteCsv("cli-formula,\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",-5,@home,,,,,addiction,groups,volunteer,,5000,Namur,,,,,+32 2 555 01 01,,,true"));

        var (exitCode, _) = await Run("export", file);
        var (again, importOutput) = await Run("import", file);

        Assert.Equal(0, exitCode);
        var row = File.ReadAllLines(file).Single(l => l.StartsWith("cli-formula,"));
        Assert.Equal("cli-formula,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",'-5,'@home,,,,,addiction,groups,volunteer,,5000,Namur,,,,,'+32 2 555 01 01,,,true" + new string(',', CsvColumns.Visit.Count) + ",92094", row);
        Assert.Equal(0, again);
        Assert.Matches(@"line \d+ \(cli-formula\): unchanged", importOutput);
        Assert.Contains("0 created, 0 updated, 25 unchanged, 0 rejected", importOutput);
    }

    [Fact]
    public async Task Export_without_a_file_or_into_a_missing_folder_exits_2()
    {
        Assert.Equal(2, (await Run("export")).ExitCode);
        var (exitCode, output) = await Run("export", Path.Combine(dataPath, "no", "such", "folder.csv"));
        Assert.Equal(2, exitCode);
        Assert.Contains("No folder", output);
    }

    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_exits_2()
    {
        var (exitCode, output) = await Run("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage:", output);
    }

    [Fact]
    public async Task Generate_adds_published_synthetic_initiatives_once_and_the_site_reads_them()
    {
        var (exitCode, output) = await Run("generate", "--count", "200", "--seed", "3");
        var (again, secondOutput) = await Run("generate", "--count", "200", "--seed", "3");
        var (_, reindexOutput) = await Run("reindex");

        Assert.Equal(0, exitCode);
        Assert.Contains("seed 3: 200 initiatives created, 0 already there", output);
        Assert.Equal(0, again);
        Assert.Contains("seed 3: 0 initiatives created, 200 already there, 0 organisations created", secondOutput);
        Assert.Contains("reindexed: 224 initiatives", reindexOutput);
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("generate", "--count", "0")]
    [InlineData("generate", "--count", "1000001")]
    [InlineData("generate", "--count", "ten")]
    [InlineData("generate", "--count", "5", "--seed", "-1")]
    [InlineData("generate", "--count", "5", "--colour", "red")]
    public async Task Generate_with_bad_arguments_prints_the_usage_and_exits_2(params string[] args)
    {
        var (exitCode, output) = await Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("generate --count N [--seed S]", output);
        Assert.False(File.Exists(Path.Combine(dataPath, "cartography.db")), "nothing is written on bad arguments");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
    }
}
