using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Cartography.Tests.Shared;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>CARTOGRAPHY_TEST_POSTGRES</c> (an admin connection
/// string) or, without it, a throwaway cluster this process creates with Debian's binaries on a loopback port and
/// stops when it exits. Each test gets its own database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "CARTOGRAPHY_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Admin = new(StartAsync);

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Admin.Value;
        var name = "cartography_test_" + Guid.NewGuid().ToString("n");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(await Admin.Value);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given) return given;

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException(
                $"No PostgreSQL server for the tests: install Debian's 'postgresql' package (./test.sh does) or set {Variable}.");

        RemoveStoppedClusters();
        var folder = Path.Combine(Path.GetTempPath(), "cartography-pg-" + Guid.NewGuid().ToString("n")[..8]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        // initdb refuses to run as root: as root, the cluster belongs to the 'postgres' account Debian creates.
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", "postgres:postgres", folder);

        string[] Command(string tool, params string[] args) =>
            asRoot ? ["runuser", "-u", "postgres", "--", Path.Combine(bin, tool), .. args] : [Path.Combine(bin, tool), .. args];

        var data = Path.Combine(folder, "data");
        await RunAsync(Command("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"));
        await RunAsync(Command("pg_ctl", "-D", data, "-w", "-l", Path.Combine(folder, "server.log"), "start",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"));

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            var stop = Command("pg_ctl", "-D", data, "-m", "immediate", "stop");
            Process.Start(new ProcessStartInfo(stop[0], stop[1..]) { RedirectStandardOutput = true, RedirectStandardError = true })
                ?.WaitForExit(10_000);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };

        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Pooling = true,
        }.ToString();
    }

    /// <summary>The test host may be ended before its exit handler has deleted the cluster; clean up after it.</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "cartography-pg-*"))
        {
            if (File.Exists(Path.Combine(stale, "data", "postmaster.pid"))) continue;
            try { Directory.Delete(stale, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(params string[] command)
    {
        var info = new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{string.Join(' ', command)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
