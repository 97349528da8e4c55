using Cartography.Data.Audit;
using Cartography.Data.Storage;

namespace Cartography.Data.Tests.Audit;

public sealed class AuditLogTestsOnSqlite() : AuditLogTests(DatabaseProvider.Sqlite);

public sealed class AuditLogTestsOnPostgreSql() : AuditLogTests(DatabaseProvider.PostgreSql);

/// <summary>Run once per storage provider, so nothing works on SQLite only by accident.</summary>
public abstract class AuditLogTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider);
    private readonly SteppingClock clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    private AuditLog Log => new(db.Database, clock);

    [Fact]
    public async Task Entries_come_back_newest_first_with_what_was_recorded()
    {
        await Log.RecordAsync("ann@example.org", "account.sign-in");
        await Log.RecordAsync("ann@example.org", "account.role-change", "bob@example.org", "Editor -> Admin");

        var page = await Log.PageAsync(new AuditQuery());

        Assert.Equal(2, page.Total);
        var newest = page.Entries[0];
        Assert.Equal(("ann@example.org", "account.role-change", "bob@example.org", "Editor -> Admin"), (newest.Actor, newest.Action, newest.Subject, newest.Detail));
        Assert.Equal(new DateTime(2026, 11, 23, 10, 1, 0, DateTimeKind.Utc), newest.AtUtc);
        Assert.Equal(DateTimeKind.Utc, newest.AtUtc.Kind);
        Assert.Equal("account.sign-in", page.Entries[1].Action);
    }

    [Fact]
    public async Task A_page_holds_its_share_of_the_entries_and_the_total_counts_them_all()
    {
        for (var i = 1; i <= 7; i++) await Log.RecordAsync("ann@example.org", "account.sign-in", detail: $"#{i}");

        var second = await Log.PageAsync(new AuditQuery(Skip: 3, Take: 3));
        var last = await Log.PageAsync(new AuditQuery(Skip: 6, Take: 3));

        Assert.Equal(7, second.Total);
        Assert.Equal(["#4", "#3", "#2"], second.Entries.Select(e => e.Detail));
        Assert.Equal(["#1"], last.Entries.Select(e => e.Detail));
    }

    [Fact]
    public async Task Filtering_by_action_keeps_only_that_action_and_counts_only_it()
    {
        await Log.RecordAsync("ann@example.org", "account.sign-in");
        await Log.RecordAsync("eve@example.org", "account.sign-in-failed");
        await Log.RecordAsync("ann@example.org", "account.sign-in");

        var page = await Log.PageAsync(new AuditQuery(Action: "account.sign-in-failed"));

        Assert.Equal(1, page.Total);
        Assert.Equal("eve@example.org", Assert.Single(page.Entries).Actor);
        Assert.Equal(["account.sign-in", "account.sign-in-failed"], await Log.ActionsAsync());
    }

    [Fact]
    public async Task A_value_longer_than_its_column_is_cut_to_fit_instead_of_losing_the_entry()
    {
        await Log.RecordAsync(new string('a', 300), "account.sign-in-failed", new string('s', 300), new string('d', 1200));

        var entry = Assert.Single((await Log.PageAsync(new AuditQuery())).Entries);

        Assert.Equal((256, 256, 1000), (entry.Actor.Length, entry.Subject!.Length, entry.Detail!.Length));
    }

    /// <summary>Each reading is a minute after the previous one, so "newest" does not depend on the machine's speed.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private int readings;

        public override DateTimeOffset GetUtcNow() => start.AddMinutes(Interlocked.Increment(ref readings) - 1);
    }
}
