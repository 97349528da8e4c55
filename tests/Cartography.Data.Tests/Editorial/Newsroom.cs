using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Audit;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Editorial;

/// <summary>The editorial services over one test database, a clock the test controls, and ways to count what was written.</summary>
public sealed class Newsroom(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public TestDatabase Db { get; } = new(provider);
    public ControlledClock Clock { get; } = new(Monday);
    public EditorialDesk Editor => new(Db.Database, Clock);
    public EditorialDesk Publisher => Editor;
    public ContentService Content => new(Db.Database, Clock);
    public EditorialQueries Queries => new(Db.Database);
    public ScheduledPublishing Scheduler => new(Db.Database, Content);

    public Task InitializeAsync() => Db.InitializeAsync();
    public Task DisposeAsync() => Db.DisposeAsync();

    public static Initiative Initiative(string name, string? nl = null, string? description = null, DateOnly? lastVerified = null) => new()
    {
        Name = LocalizedText.Of(fr: name, nl: nl), Description = LocalizedText.Of(fr: description),
        // Slugs given, as an editor's form would have them: publishing then adds no version of its own.
        Slug = LocalizedText.Of(fr: Slugs.From(name), nl: Slugs.From(name), en: Slugs.From(name)),
        Status = "volunteer", Address = new Address("Rue Haute 1", "1000", "Bruxelles"),
        Sectors = ["mental-health"], Types = ["groups"], LastVerified = lastVerified,
    };

    public async Task<Guid> CreateAsync(string name, string actor = "ann", string? key = null)
    {
        var outcome = await Editor.CreateAsync(Initiative(name), actor, key);
        Assert.Equal(EditStatus.Created, outcome.Status);
        return outcome.ItemId;
    }

    public async Task<Guid> CreatePublishedAsync(string name)
    {
        var id = await CreateAsync(name);
        Assert.Equal(EditStatus.Published, (await Publisher.PublishAsync<Initiative>(id, "ann")).Status);
        return id;
    }

    public async Task<List<AuditEntryRow>> AuditAsync(Guid id)
    {
        await using var context = Db.Database.CreateContext();
        var subject = id.ToString();
        return await context.AuditEntries.AsNoTracking().Where(a => a.Subject == subject).OrderBy(a => a.Id).ToListAsync();
    }

    public async Task<int> ChangeRowsAsync(Guid id)
    {
        await using var context = Db.Database.CreateContext();
        return await context.ContentChanges.CountAsync(c => c.ItemId == id);
    }

    public async Task<int> VersionRowsAsync(Guid id)
    {
        await using var context = Db.Database.CreateContext();
        return await context.ContentVersions.CountAsync(v => v.ItemId == id);
    }

    public async Task<string?> PublicNameAsync(Guid id) =>
        (await Db.Store.PublishedAsync<Initiative>([id])).SingleOrDefault()?.Content.Name.In(Culture.Fr);
}
