using Cartography.Data.Writing;
using Cartography.Core.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;

namespace Cartography.Data.Tests.Editorial;

public sealed class SchedulingTestsOnSqlite() : SchedulingTests(DatabaseProvider.Sqlite);

public sealed class SchedulingTestsOnPostgreSql() : SchedulingTests(DatabaseProvider.PostgreSql);

public abstract class SchedulingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);
    private static readonly DateTimeOffset Tuesday = Newsroom.Monday.AddDays(1);
    private static readonly DateTimeOffset Friday = Newsroom.Monday.AddDays(4);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    [Fact]
    public async Task A_scheduled_item_is_published_when_due_and_not_before_and_the_time_is_cleared()
    {
        var id = await news.CreateAsync("Annonce");
        Assert.Equal(EditStatus.Scheduled, (await news.Publisher.ScheduleAsync<Initiative>(id, Tuesday, null, "ann")).Status);
        Assert.Equal(EditState.Scheduled, (await news.Editor.GetAsync<Initiative>(id))!.State);

        Assert.Equal(ScheduleRun.Nothing, await news.Scheduler.RunDueAsync(Tuesday.AddSeconds(-1)));
        Assert.Null(await news.PublicNameAsync(id));

        var run = await news.Scheduler.RunDueAsync(Tuesday.AddSeconds(30));

        Assert.Equal(new ScheduleRun(1, 0), run);
        Assert.Equal("Annonce", await news.PublicNameAsync(id));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((EditState.Published, (DateTimeOffset?)null), (item.State, item.PublishAt));
        var audit = (await news.AuditAsync(id)).Last();
        Assert.Equal((AuditActions.Scheduler, AuditActions.Publish), (audit.Actor, audit.Action));
        Assert.Equal(1, await news.ChangeRowsAsync(id));
        Assert.Equal(ScheduleRun.Nothing, await news.Scheduler.RunDueAsync(Tuesday.AddMinutes(5)));
    }

    [Fact]
    public async Task The_scheduler_publishes_the_latest_draft_saved_before_the_time()
    {
        var id = await news.CreatePublishedAsync("Ancienne");
        await news.Editor.SaveAsync(id, 1, Newsroom.Initiative("Nouvelle"), "ann");
        await news.Publisher.ScheduleAsync<Initiative>(id, Tuesday, null, "ann");
        Assert.Equal("Ancienne", await news.PublicNameAsync(id));

        await news.Scheduler.RunDueAsync(Tuesday);

        Assert.Equal("Nouvelle", await news.PublicNameAsync(id));
    }

    [Fact]
    public async Task A_published_item_leaves_the_site_at_its_unpublish_time()
    {
        var id = await news.CreatePublishedAsync("Éphémère");
        await news.Publisher.ScheduleAsync<Initiative>(id, null, Friday, "ann");

        Assert.Equal(new ScheduleRun(0, 1), await news.Scheduler.RunDueAsync(Friday.AddMinutes(1)));

        Assert.Null(await news.PublicNameAsync(id));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((EditState.Unpublished, (DateTimeOffset?)null), (item.State, item.UnpublishAt));
        Assert.Equal((AuditActions.Scheduler, AuditActions.Unpublish), ((await news.AuditAsync(id)).Last().Actor, (await news.AuditAsync(id)).Last().Action));
    }

    [Fact]
    public async Task An_unpublish_time_before_the_publish_time_is_refused_and_nothing_is_stored()
    {
        var id = await news.CreateAsync("Mal daté");
        var audit = (await news.AuditAsync(id)).Count;

        var outcome = await news.Publisher.ScheduleAsync<Initiative>(id, Friday, Tuesday, "ann");

        Assert.Equal(EditStatus.UnpublishBeforePublish, outcome.Status);
        Assert.Equal(EditStatus.UnpublishBeforePublish, (await news.Publisher.ScheduleAsync<Initiative>(id, Friday, Friday, "ann")).Status);
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal(((DateTimeOffset?)null, (DateTimeOffset?)null), (item.PublishAt, item.UnpublishAt));
        Assert.Equal(audit, (await news.AuditAsync(id)).Count);
    }

    [Fact]
    public async Task A_time_in_the_past_is_refused()
    {
        var id = await news.CreateAsync("Trop tard");

        Assert.Equal(EditStatus.ScheduleInThePast, (await news.Publisher.ScheduleAsync<Initiative>(id, Newsroom.Monday.AddMinutes(-1), null, "ann")).Status);
    }

    [Fact]
    public async Task A_schedule_can_be_cleared_and_then_nothing_runs()
    {
        var id = await news.CreateAsync("Annulé");
        await news.Publisher.ScheduleAsync<Initiative>(id, Tuesday, Friday, "ann");

        Assert.Equal(EditStatus.Scheduled, (await news.Publisher.ScheduleAsync<Initiative>(id, null, null, "ann")).Status);

        Assert.Equal(ScheduleRun.Nothing, await news.Scheduler.RunDueAsync(Friday.AddDays(1)));
        Assert.Null(await news.PublicNameAsync(id));
        Assert.Equal("publish at none, unpublish at none", (await news.AuditAsync(id)).Last().Detail);
    }

    [Fact]
    public async Task Two_runners_at_once_act_on_each_due_item_exactly_once()
    {
        var ids = new List<Guid>();
        for (var n = 0; n < 12; n++)
        {
            var id = await news.CreateAsync($"Lot {n}");
            await news.Publisher.ScheduleAsync<Initiative>(id, Tuesday, null, "ann");
            ids.Add(id);
        }
        var otherDatabase = new CartographyDatabase(news.Db.Database.Provider, ConnectionString());
        var otherNode = new ScheduledPublishing(otherDatabase, new ContentService(otherDatabase, news.Clock));

        var runs = await Task.WhenAll(
            Task.Run(() => news.Scheduler.RunDueAsync(Tuesday)),
            Task.Run(() => otherNode.RunDueAsync(Tuesday)));

        Assert.Equal(12, runs.Sum(r => r.Published));
        foreach (var id in ids)
        {
            Assert.Equal(1, await news.ChangeRowsAsync(id));
            Assert.Single(await news.AuditAsync(id), a => a.Action == AuditActions.Publish);
        }
    }

    private string ConnectionString()
    {
        using var context = news.Db.Database.CreateContext();
        return Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(context.Database)!;
    }
}
