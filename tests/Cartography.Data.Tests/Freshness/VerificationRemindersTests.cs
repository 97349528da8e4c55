using Cartography.Data.Writing;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Freshness;
using Cartography.Data.Registration;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Editorial;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Freshness;

public sealed class VerificationRemindersTestsOnSqlite() : VerificationRemindersTests(DatabaseProvider.Sqlite);

public sealed class VerificationRemindersTestsOnPostgreSql() : VerificationRemindersTests(DatabaseProvider.PostgreSql);

public abstract class VerificationRemindersTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Newsroom.Monday.UtcDateTime);
    private static readonly DateOnly ThirteenMonthsAgo = Today.AddMonths(-13);

    private readonly Newsroom news = new(provider);

    private VerificationReminders Reminders => new(news.Db.Database, news.Clock, news.Content);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    [Fact]
    public async Task Initiatives_not_verified_for_a_year_or_never_are_reminded_and_not_again_within_30_days()
    {
        var stale = await PublishAsync("Ancienne", ThirteenMonthsAgo);
        var never = await PublishAsync("Jamais vérifiée", null);
        await PublishAsync("Récente", Today.AddMonths(-2));
        var aYearAgo = await PublishAsync("Tout juste un an", Today.AddDays(-365));

        var first = await IssueAllAsync();

        Assert.Equal(new[] { never, stale }.Order(), first.Select(r => r.InitiativeId).Order());
        Assert.All(first, r => Assert.Equal("contact@exemple.be", r.Email));
        Assert.All(first, r => Assert.Equal(Newsroom.Monday.AddDays(60), r.ExpiresAt));
        Assert.Empty(await IssueAllAsync());
        news.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(aYearAgo, Assert.Single(await IssueAllAsync()).InitiativeId);
        news.Clock.Advance(TimeSpan.FromDays(28));
        Assert.Empty(await IssueAllAsync());
        news.Clock.Advance(TimeSpan.FromHours(36));
        Assert.Equal(new[] { never, stale }.Order(), (await IssueAllAsync()).Select(r => r.InitiativeId).Order());
        Assert.Equal(5, await RemindersAsync());
    }

    [Fact]
    public async Task Examples_drafts_unpublished_deleted_and_initiatives_without_an_email_are_not_reminded()
    {
        await PublishAsync("Exemple", null, i => i with { IsExample = true });
        await PublishAsync("Sans adresse", null, i => i with { Contact = new PublicContact(null, "02 123 45 67") });
        await news.Editor.CreateAsync(Initiative("Brouillon", null), "ann");
        var unpublished = await PublishAsync("Retirée", null);
        await news.Publisher.UnpublishAsync<Initiative>(unpublished, "ann");
        var deleted = await PublishAsync("Supprimée", null);
        await news.Publisher.DeleteAsync<Initiative>(deleted, "ann");

        Assert.Empty(await IssueAllAsync());
    }

    [Fact]
    public async Task A_draft_marked_verified_holds_reminders_back_but_the_date_on_the_public_page_decides_otherwise()
    {
        var verifiedInDraft = await PublishAsync("Vérifiée en brouillon", ThirteenMonthsAgo);
        await news.Editor.SaveAsync(verifiedInDraft, 1, Initiative("Vérifiée en brouillon", Today), "ann");
        var oldDraft = await PublishAsync("Brouillon ancien", Today.AddMonths(-1));
        await news.Editor.SaveAsync(oldDraft, 1, Initiative("Brouillon ancien", ThirteenMonthsAgo), "ann");

        Assert.Empty(await IssueAllAsync());
    }

    [Fact]
    public async Task A_pass_goes_through_every_due_initiative_in_batches()
    {
        var ids = new List<Guid>();
        for (var n = 0; n < 5; n++) ids.Add(await PublishAsync($"Initiative {n}", null));
        await PublishAsync("Sans adresse", null, i => i with { Contact = PublicContact.None });

        var batches = new List<ReminderBatch>();
        Guid? next = null;
        do
        {
            var batch = await Reminders.IssueNextAsync(batchSize: 2, next);
            Assert.True(batch.Issued.Count <= 2);
            batches.Add(batch);
            next = batch.Next;
        } while (next is not null);

        Assert.Equal(ids.Order(), batches.SelectMany(b => b.Issued).Select(r => r.InitiativeId).Order());
        Assert.True(batches.Count >= 3);
    }

    [Fact]
    public async Task Confirming_publishes_a_copy_verified_today_with_its_change_and_audit_rows()
    {
        var id = await PublishAsync("À confirmer", ThirteenMonthsAgo);
        var reminder = Assert.Single(await IssueAllAsync());
        var changes = await news.ChangeRowsAsync(id);
        var dashboard = await news.Queries.DashboardAsync(news.Clock.GetUtcNow());
        news.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(VerificationStatus.Found, (await Reminders.FindAsync(reminder.Token)).Status);
        var confirmed = await Reminders.ConfirmAsync(reminder.Token);

        Assert.Equal((VerificationStatus.Confirmed, true), (confirmed.Status, confirmed.Renewed));
        Assert.Equal(Today.AddDays(3), confirmed.Initiative!.LastVerified);
        var published = (await news.Db.Store.PublishedAsync<Initiative>([id])).Single().Content;
        var expected = Initiative("À confirmer", Today.AddDays(3));
        Assert.Equal(Json(expected with { Address = expected.Address.Resolved() }), Json(published));
        Assert.Equal(changes + 1, await news.ChangeRowsAsync(id));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((2, (int?)2, VerificationReminders.Actor), (item.Version, item.PublishedVersion, item.Versions[^1].Author));
        var audit = (await news.AuditAsync(id)).TakeLast(2).Select(a => (a.Actor, a.Action));
        Assert.Equal([(VerificationReminders.Actor, AuditActions.Save), (VerificationReminders.Actor, AuditActions.Publish)], audit);
        var after = await news.Queries.DashboardAsync(news.Clock.GetUtcNow());
        Assert.Equal(dashboard.NotVerifiedForAYear - 1, after.NotVerifiedForAYear);
    }

    [Fact]
    public async Task Confirming_leaves_an_editors_draft_unpublished_as_the_latest_version_with_its_date_renewed()
    {
        var id = await PublishAsync("Nom publié", null);
        await news.Editor.SaveAsync(id, 1, Initiative("Nom en travail", null), "ann");
        await news.Publisher.ScheduleAsync<Initiative>(id, Newsroom.Monday.AddDays(10), null, "ann");
        var reminder = Assert.Single(await IssueAllAsync());

        await Reminders.ConfirmAsync(reminder.Token);

        var published = (await news.Db.Store.PublishedAsync<Initiative>([id])).Single().Content;
        Assert.Equal(("Nom publié", (DateOnly?)Today), (published.Name.In(Culture.Fr), published.LastVerified));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((4, (int?)3), (item.Version, item.PublishedVersion));
        Assert.Equal(("Nom en travail", (DateOnly?)Today), (item.Content.Name.In(Culture.Fr), item.Content.LastVerified));
        Assert.Equal(Newsroom.Monday.AddDays(10), item.PublishAt);
        Assert.Equal(0, (await news.Queries.DashboardAsync(news.Clock.GetUtcNow())).NeverVerified);
    }

    [Fact]
    public async Task Links_that_are_unknown_expired_or_already_used_confirm_nothing()
    {
        var id = await PublishAsync("Lien", null);
        var (first, second) = (Assert.Single(await IssueAllAsync()), await IssueLaterAsync());
        var versions = await news.VersionRowsAsync(id);

        Assert.Equal(VerificationStatus.Unknown, (await Reminders.FindAsync("pas-un-jeton")).Status);
        Assert.Equal(VerificationStatus.Unknown, (await Reminders.ConfirmAsync(first.Token + "x")).Status);
        news.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(VerificationStatus.Expired, (await Reminders.FindAsync(first.Token)).Status);
        Assert.Equal((VerificationStatus.Expired, false), ((await Reminders.ConfirmAsync(first.Token)).Status, (await Reminders.ConfirmAsync(first.Token)).Renewed));
        Assert.Equal(versions, await news.VersionRowsAsync(id));

        Assert.True((await Reminders.ConfirmAsync(second.Token)).Renewed);
        var again = await Reminders.ConfirmAsync(second.Token);

        Assert.Equal((VerificationStatus.Confirmed, false, id), (again.Status, again.Renewed, again.InitiativeId!.Value));
        Assert.Equal(VerificationStatus.Confirmed, (await Reminders.FindAsync(second.Token)).Status);
        Assert.Equal(versions + 1, await news.VersionRowsAsync(id));
        await news.Publisher.UnpublishAsync<Initiative>(id, "ann");
        Assert.Equal(VerificationStatus.Unknown, (await Reminders.FindAsync(second.Token)).Status);
    }

    [Fact]
    public async Task Only_the_hash_of_a_token_is_stored()
    {
        await PublishAsync("Secret", null);
        var reminder = Assert.Single(await IssueAllAsync());

        await using var context = news.Db.Database.CreateContext();
        var row = await context.Set<VerificationReminderRow>().SingleAsync();
        Assert.Equal(32, row.TokenHash.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(reminder.Token)), row.TokenHash);
    }

    [Fact]
    public async Task A_withdrawn_reminder_is_issued_again_by_the_next_pass()
    {
        await PublishAsync("Serveur en panne", null);
        var reminder = Assert.Single(await IssueAllAsync());

        await Reminders.WithdrawAsync(reminder);

        Assert.Equal(VerificationStatus.Unknown, (await Reminders.FindAsync(reminder.Token)).Status);
        Assert.Single(await IssueAllAsync());
    }

    [Fact]
    public async Task Two_nodes_running_the_pass_at_the_same_moment_send_one_reminder()
    {
        var id = await PublishAsync("Course", null);
        var barrier = new Barrier(2);
        var nodes = new[] { new SecondCallRendezvous(Newsroom.Monday, barrier), new SecondCallRendezvous(Newsroom.Monday, barrier) }
            .Select(clock => new VerificationReminders(news.Db.Database, clock, new ContentService(news.Db.Database, clock))).ToList();

        var batches = await Task.WhenAll(nodes.Select(node => Task.Run(() => node.IssueNextAsync(10))));

        Assert.Equal(id, Assert.Single(batches.SelectMany(b => b.Issued)).InitiativeId);
        Assert.Equal(1, await RemindersAsync());
    }

    private async Task<Guid> PublishAsync(string name, DateOnly? lastVerified, Func<Initiative, Initiative>? change = null)
    {
        var created = await news.Editor.CreateAsync((change ?? (i => i))(Initiative(name, lastVerified)), "ann");
        Assert.Equal(EditStatus.Published, (await news.Publisher.PublishAsync<Initiative>(created.ItemId, "ann")).Status);
        return created.ItemId;
    }

    private static Initiative Initiative(string name, DateOnly? lastVerified) =>
        Newsroom.Initiative(name, lastVerified: lastVerified) with { Contact = new PublicContact("contact@exemple.be", null) };

    private async Task<List<IssuedReminder>> IssueAllAsync()
    {
        var issued = new List<IssuedReminder>();
        Guid? next = null;
        do
        {
            var batch = await Reminders.IssueNextAsync(50, next);
            issued.AddRange(batch.Issued);
            next = batch.Next;
        } while (next is not null);
        return issued;
    }

    private async Task<IssuedReminder> IssueLaterAsync()
    {
        news.Clock.Advance(TimeSpan.FromDays(31));
        return Assert.Single(await IssueAllAsync());
    }

    private static string Json(Initiative initiative) => System.Text.Json.JsonSerializer.Serialize(initiative);

    private async Task<int> RemindersAsync()
    {
        await using var context = news.Db.Database.CreateContext();
        return await context.Set<VerificationReminderRow>().CountAsync();
    }

    /// <summary>
    /// One node's clock: its second reading (inside the transaction, after the reads) waits for the other node's, so
    /// both have read before either writes. Where only one writer may be in at a time (SQLite), the wait gives up after a second.
    /// </summary>
    private sealed class SecondCallRendezvous(DateTimeOffset now, Barrier barrier) : TimeProvider
    {
        private int calls;

        public override DateTimeOffset GetUtcNow()
        {
            if (Interlocked.Increment(ref calls) == 2) barrier.SignalAndWait(TimeSpan.FromSeconds(1));
            return now;
        }
    }
}
