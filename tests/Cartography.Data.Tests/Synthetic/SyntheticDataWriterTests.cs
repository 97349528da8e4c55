using Cartography.Core.Content;
using Cartography.Data.Storage;
using Cartography.Data.Synthetic;

namespace Cartography.Data.Tests.Synthetic;

public sealed class SyntheticDataWriterTestsOnSqlite() : SyntheticDataWriterTests(DatabaseProvider.Sqlite);

public sealed class SyntheticDataWriterTestsOnPostgreSql() : SyntheticDataWriterTests(DatabaseProvider.PostgreSql);

/// <summary>Run once per storage provider, so nothing works on SQLite only by accident.</summary>
public abstract class SyntheticDataWriterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider);
    private SyntheticDataWriter Writer => new(db.Store, db.Content, db.Clock);

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    [Fact]
    public async Task Writes_the_generated_initiatives_published_under_synthetic_keys_in_batches()
    {
        var progress = new List<int>();

        var report = await Writer.WriteAsync(250, seed: 5, progress.Add, batchSize: 100);

        Assert.Equal([100, 200, 250], progress);
        Assert.Equal((250, 0), (report.Created, report.Skipped));
        var published = await db.Store.PublishedAsync<Initiative>();
        Assert.Equal(Enumerable.Range(1, 250).Select(n => $"synthetic-5-{n}").Order(), published.Select(p => p.Key).Order());
        Assert.All(published, p => Assert.Equal(SyntheticDirectory.IdOf(p.Key!), p.Id));
        var expected = SyntheticDirectory.Initiatives(250, seed: 5).ToList();
        Assert.Equal(expected[41].Name, published.Single(p => p.Key == "synthetic-5-42").Content.Name);

        var organisations = await db.Store.PublishedAsync<Organisation>();
        Assert.Equal(report.OrganisationsCreated, organisations.Count);
        Assert.Equal(expected.Select(i => i.OrganisationId).OfType<Guid>().Distinct().Order(), organisations.Select(o => o.Id).Order());
        Assert.Equal(250 + organisations.Count, await db.Store.LastChangeAsync());
    }

    [Fact]
    public async Task Running_the_same_seed_again_writes_nothing()
    {
        await Writer.WriteAsync(120, seed: 5, batchSize: 50);
        var lastChange = await db.Store.LastChangeAsync();

        var again = await Writer.WriteAsync(120, seed: 5, batchSize: 50);

        Assert.Equal((0, 120, 0), (again.Created, again.Skipped, again.OrganisationsCreated));
        Assert.Equal(lastChange, await db.Store.LastChangeAsync());
        Assert.Equal(120, (await db.Store.PublishedAsync<Initiative>()).Count);
    }

    [Fact]
    public async Task A_larger_count_adds_only_the_missing_tail_and_another_seed_adds_its_own()
    {
        await Writer.WriteAsync(80, seed: 5);

        var tail = await Writer.WriteAsync(130, seed: 5);
        var other = await Writer.WriteAsync(40, seed: 6);

        Assert.Equal((50, 80), (tail.Created, tail.Skipped));
        Assert.Equal((40, 0), (other.Created, other.Skipped));
        var published = await db.Store.PublishedAsync<Initiative>();
        Assert.Equal(170, published.Count);
        Assert.Equal(170, published.Select(p => p.Content.Slug.In(Core.Cultures.Culture.Fr)).Distinct().Count());
    }
}
