using Cartography.Data.Writing;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Editorial;
using Cartography.Data.Registration;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Editorial;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Registration;

public sealed class SubmissionModerationTestsOnSqlite() : SubmissionModerationTests(DatabaseProvider.Sqlite);

public sealed class SubmissionModerationTestsOnPostgreSql() : SubmissionModerationTests(DatabaseProvider.PostgreSql);

/// <summary>A moderator's decisions, run once per storage provider: what each writes, and what each refuses to write.</summary>
public abstract class SubmissionModerationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Newsroom news = new(provider);

    public Task InitializeAsync() => news.InitializeAsync();
    public Task DisposeAsync() => news.DisposeAsync();

    private SubmissionStore Store => new(news.Db.Database, news.Clock);
    private SubmissionModeration Moderation => new(news.Db.Database, news.Content);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Newsroom.Monday.UtcDateTime);

    private static Initiative Proposed(string name, Guid? organisation = null) => new()
    {
        Name = LocalizedText.Of(fr: name), Description = LocalizedText.Of(fr: "Des pairs accueillent des pairs."),
        Status = "volunteer", Address = new Address("Rue Haute 1", "1000", "Bruxelles"), Sectors = ["mental-health"], Types = ["groups"],
        OrganisationId = organisation,
    };

    private async Task<ReceivedSubmission> SendAsync(Initiative proposed, Guid? changes = null, string? newOrganisation = null) =>
        await Store.ReceiveAsync(new Submission(proposed,
            new PrivateDetails(new Submitter("Marie Dubois", "marie@example.org", "Coordinatrice"), new Consent(Newsroom.Monday.AddMinutes(-5), "2026-11")), changes)
        {
            Culture = Culture.Nl, NewOrganisation = newOrganisation,
        });

    private async Task<SubmissionRow> RowAsync(Guid id)
    {
        await using var context = news.Db.Database.CreateContext();
        return await context.Submissions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    private async Task<int> ItemCountAsync(ContentType type)
    {
        await using var context = news.Db.Database.CreateContext();
        var name = type.ToString();
        return await context.ContentItems.CountAsync(i => i.Type == name);
    }

    [Fact]
    public async Task Approving_a_new_initiative_publishes_it_verified_today_with_slugs_from_its_name_and_a_change_row()
    {
        var sent = await SendAsync(Proposed("Pair à pair"));
        var slugs = LocalizedText.Of(fr: "pair-a-pair", nl: "pair-a-pair", en: "pair-a-pair");

        var outcome = await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("ann@example.org"));

        Assert.Equal(ModerationStatus.Done, outcome.Status);
        var id = outcome.InitiativeId!.Value;
        var published = Assert.Single(await news.Db.Store.PublishedAsync<Initiative>([id])).Content;
        Assert.Equal(("Pair à pair", Today, slugs), (published.Name.In(Culture.Fr), published.LastVerified, published.Slug));
        Assert.Equal(1, await news.ChangeRowsAsync(id));
        var item = (await news.Editor.GetAsync<Initiative>(id))!;
        Assert.Equal((1, 1, "ann@example.org"), (item.Version, item.PublishedVersion, item.Versions[0].Author));
        Assert.Equal((SubmissionStatus.Approved, id, Culture.Nl), (outcome.Submission!.Status, outcome.Submission.PublishedItemId, outcome.Submission.Culture));
        var row = await RowAsync(sent.Id);
        Assert.Equal((SubmissionStatus.Approved, "ann@example.org", Newsroom.Monday.UtcDateTime, id), (row.Status, row.ReviewedBy, row.ReviewedUtc, row.PublishedItemId));
        Assert.Equal([AuditActions.Create, AuditActions.Publish], (await news.AuditAsync(id)).Select(a => a.Action));
        var decision = Assert.Single(await news.AuditAsync(sent.Id));
        Assert.Equal(SubmissionModeration.ApproveAction, decision.Action);
    }

    [Fact]
    public async Task Approving_with_a_new_organisation_creates_it_published_in_the_submitters_language_and_links_it()
    {
        var sent = await SendAsync(Proposed("Pair à pair"), newOrganisation: "Vzw Samen Sterk");

        var outcome = await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("ann"));

        Assert.Equal(ModerationStatus.Done, outcome.Status);
        var initiative = Assert.Single(await news.Db.Store.PublishedAsync<Initiative>([outcome.InitiativeId!.Value])).Content;
        var organisation = Assert.Single(await news.Db.Store.PublishedAsync<Organisation>());
        Assert.Equal(organisation.Id, initiative.OrganisationId);
        Assert.Equal(LocalizedText.Of(nl: "Vzw Samen Sterk"), organisation.Content.Name);
        Assert.Equal(1, await news.ChangeRowsAsync(organisation.Id));
    }

    [Fact]
    public async Task Approving_a_change_publishes_a_new_version_of_the_initiative_and_keeps_its_slug()
    {
        var created = await news.Editor.CreateAsync(Newsroom.Initiative("Ancien nom") with { Slug = LocalizedText.Of(fr: "ancien-nom", nl: "ancien-nom", en: "ancien-nom") }, "ann");
        var target = created.ItemId;
        await news.Publisher.PublishAsync<Initiative>(target, "ann");
        var sent = await SendAsync(Proposed("Nouveau nom"), changes: target);

        var outcome = await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("bob"));

        Assert.Equal((ModerationStatus.Done, target), (outcome.Status, outcome.InitiativeId));
        var item = (await news.Editor.GetAsync<Initiative>(target))!;
        Assert.Equal((2, 2), (item.Version, item.PublishedVersion));
        var published = Assert.Single(await news.Db.Store.PublishedAsync<Initiative>([target])).Content;
        Assert.Equal(("Nouveau nom", "ancien-nom", Today), (published.Name.In(Culture.Fr), published.Slug.In(Culture.Fr), published.LastVerified));
        Assert.Equal(2, await news.ChangeRowsAsync(target));
        Assert.Equal(1, await ItemCountAsync(ContentType.Initiative));
    }

    [Fact]
    public async Task A_change_to_an_initiative_with_an_editors_unpublished_draft_waits_for_that_draft()
    {
        var target = await news.CreatePublishedAsync("Nom publié");
        await news.Editor.SaveAsync(target, 1, Newsroom.Initiative("Brouillon de la rédaction"), "ann");
        var sent = await SendAsync(Proposed("Nom proposé"), changes: target);

        var refused = await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("bob"));

        Assert.Equal(ModerationStatus.DraftPending, refused.Status);
        var item = (await news.Editor.GetAsync<Initiative>(target))!;
        Assert.Equal((2, 1, "Brouillon de la rédaction"), (item.Version, item.PublishedVersion, item.Content.Name.In(Culture.Fr)));
        Assert.Equal(SubmissionStatus.Pending, (await RowAsync(sent.Id)).Status);

        await news.Publisher.PublishAsync<Initiative>(target, "ann");
        Assert.Equal(ModerationStatus.Done, (await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("bob"))).Status);
    }

    [Fact]
    public async Task Approving_a_change_fills_only_the_slugs_the_initiative_lacked()
    {
        var target = await news.CreatePublishedAsync("Sans adresse");
        var sent = await SendAsync(Proposed("Avec adresse"), changes: target);

        await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("bob"));

        var published = Assert.Single(await news.Db.Store.PublishedAsync<Initiative>([target])).Content;
        // The target got its slugs when it was first published; a correction does not move its address.
        Assert.Equal("sans-adresse", published.Slug.In(Culture.Nl));
    }

    [Fact]
    public async Task Rejecting_keeps_the_reason_for_the_submitter_and_publishes_nothing()
    {
        var sent = await SendAsync(Proposed("Hors champ"));

        var outcome = await Moderation.RejectAsync(sent.Id, 1, "  Ce n'est pas du soutien par les pairs.  ", "ann");

        Assert.Equal(ModerationStatus.Done, outcome.Status);
        Assert.Equal((SubmissionStatus.Rejected, "Ce n'est pas du soutien par les pairs."), (outcome.Submission!.Status, outcome.Submission.ReviewReason));
        var row = await RowAsync(sent.Id);
        Assert.Equal((SubmissionStatus.Rejected, "Ce n'est pas du soutien par les pairs.", "ann"), (row.Status, row.ReviewReason, row.ReviewedBy));
        Assert.Equal(0, await ItemCountAsync(ContentType.Initiative));
        Assert.Equal(0, (await Store.PendingAsync()).Total);
    }

    [Fact]
    public async Task Marking_as_a_duplicate_names_the_published_initiative_and_publishes_nothing()
    {
        var existing = await news.CreatePublishedAsync("Pair à pair");
        var sent = await SendAsync(Proposed("Pair-à-pair"));

        var outcome = await Moderation.MarkDuplicateAsync(sent.Id, 1, existing, "ann");

        Assert.Equal(ModerationStatus.Done, outcome.Status);
        Assert.Equal((SubmissionStatus.Duplicate, existing), (outcome.Submission!.Status, outcome.Submission.DuplicateOf));
        Assert.Equal((SubmissionStatus.Duplicate, existing), ((await RowAsync(sent.Id)).Status, (await RowAsync(sent.Id)).DuplicateOfId));
        Assert.Equal(1, await ItemCountAsync(ContentType.Initiative));
        Assert.Equal($"of {existing}", Assert.Single(await news.AuditAsync(sent.Id)).Detail);
    }

    [Fact]
    public async Task A_decision_on_a_version_the_submitter_has_corrected_since_is_refused_as_changed()
    {
        var sent = await SendAsync(Proposed("Premier jet"));
        await Store.UpdateAsync(sent.EditToken, Proposed("Version corrigée"));

        Assert.Equal(ModerationStatus.Changed, (await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("ann"))).Status);
        Assert.Equal(ModerationStatus.Changed, (await Moderation.RejectAsync(sent.Id, 1, "Non", "ann")).Status);
        Assert.Equal(0, await ItemCountAsync(ContentType.Initiative));
        Assert.Equal(SubmissionStatus.Pending, (await RowAsync(sent.Id)).Status);

        var outcome = await Moderation.ApproveAsync(sent.Id, 2, Actor.Editor("ann"));
        Assert.Equal(ModerationStatus.Done, outcome.Status);
        Assert.Equal("Version corrigée", (await news.PublicNameAsync(outcome.InitiativeId!.Value)));
    }

    [Fact]
    public async Task A_second_decision_on_the_same_submission_is_refused_as_not_pending()
    {
        var existing = await news.CreatePublishedAsync("Pair à pair");
        var sent = await SendAsync(Proposed("Pair à pair"));
        Assert.Equal(ModerationStatus.Done, (await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("ann"))).Status);

        Assert.Equal(ModerationStatus.NotPending, (await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("bob"))).Status);
        Assert.Equal(ModerationStatus.NotPending, (await Moderation.RejectAsync(sent.Id, 1, "Non", "bob")).Status);
        Assert.Equal(ModerationStatus.NotPending, (await Moderation.MarkDuplicateAsync(sent.Id, 1, existing, "bob")).Status);
        Assert.Equal(2, await ItemCountAsync(ContentType.Initiative));
        Assert.Equal(("ann", SubmissionStatus.Approved), ((await RowAsync(sent.Id)).ReviewedBy, (await RowAsync(sent.Id)).Status));
    }

    [Fact]
    public async Task A_submission_that_does_not_exist_is_not_found()
    {
        Assert.Equal(ModerationStatus.NotFound, (await Moderation.ApproveAsync(Guid.NewGuid(), 1, Actor.Editor("ann"))).Status);
        Assert.Null(await Moderation.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_target_no_longer_in_the_directory_is_refused_and_nothing_is_written()
    {
        var deleted = await news.CreatePublishedAsync("Disparue");
        await news.Publisher.DeleteAsync<Initiative>(deleted, "ann");
        var unpublished = await news.CreatePublishedAsync("Retirée");
        await news.Publisher.UnpublishAsync<Initiative>(unpublished, "ann");
        var changesDeleted = await SendAsync(Proposed("Revenante"), changes: deleted);
        var changesUnpublished = await SendAsync(Proposed("Retirée, modifiée"), changes: unpublished);
        var unknownOrganisation = await SendAsync(Proposed("Orpheline", organisation: Guid.NewGuid()));
        var duplicate = await SendAsync(Proposed("Copie"));

        Assert.Equal(ModerationStatus.TargetMissing, (await Moderation.ApproveAsync(changesDeleted.Id, 1, Actor.Editor("ann"))).Status);
        Assert.Equal(ModerationStatus.TargetMissing, (await Moderation.ApproveAsync(changesUnpublished.Id, 1, Actor.Editor("ann"))).Status);
        Assert.Equal(ModerationStatus.TargetMissing, (await Moderation.ApproveAsync(unknownOrganisation.Id, 1, Actor.Editor("ann"))).Status);
        Assert.Equal(ModerationStatus.TargetMissing, (await Moderation.MarkDuplicateAsync(duplicate.Id, 1, deleted, "ann")).Status);
        Assert.Equal(ModerationStatus.TargetMissing, (await Moderation.MarkDuplicateAsync(duplicate.Id, 1, Guid.NewGuid(), "ann")).Status);

        Assert.Equal(4, (await Store.PendingAsync()).Total);
        Assert.Equal(2, await ItemCountAsync(ContentType.Initiative));
        Assert.Empty(await news.AuditAsync(duplicate.Id));
    }

    [Fact]
    public async Task Two_moderators_deciding_at_once_end_as_one_decision_and_one_refusal()
    {
        var sent = await SendAsync(Proposed("Course"));
        var racing = new SubmissionModeration(news.Db.Database, new ContentService(news.Db.Database, new RendezvousClock(Newsroom.Monday.AddHours(1), parties: 2)));

        var outcomes = await Task.WhenAll(
            Task.Run(() => racing.ApproveAsync(sent.Id, 1, Actor.Editor("ann"))),
            Task.Run(() => racing.RejectAsync(sent.Id, 1, "Doublon", "bob")));

        var done = Assert.Single(outcomes, o => o.Status == ModerationStatus.Done);
        Assert.Single(outcomes, o => o.Status is ModerationStatus.NotPending or ModerationStatus.Conflict);
        var row = await RowAsync(sent.Id);
        Assert.Equal(done.Submission!.Status, row.Status);
        Assert.Equal(row.Status == SubmissionStatus.Approved ? 1 : 0, await ItemCountAsync(ContentType.Initiative));
        Assert.Single(await news.AuditAsync(sent.Id));
    }

    [Fact]
    public async Task A_correction_and_a_decision_at_once_never_both_land()
    {
        var sent = await SendAsync(Proposed("Course"));
        var clock = new RendezvousClock(Newsroom.Monday.AddHours(1), parties: 2);
        var (store, moderation) = (new SubmissionStore(news.Db.Database, clock), new SubmissionModeration(news.Db.Database, new ContentService(news.Db.Database, clock)));

        var correcting = Task.Run(() => store.UpdateAsync(sent.EditToken, Proposed("Course, corrigée")));
        var deciding = Task.Run(() => moderation.RejectAsync(sent.Id, 1, "Hors champ", "ann"));
        var (update, decision) = (await correcting, await deciding);

        // Either the correction came first and the decision on version 1 is refused as Changed, or the decision came
        // first and the decided submission takes no more versions.
        Assert.True((update.Status, decision.Status) is (SubmissionUpdateStatus.Updated, ModerationStatus.Changed or ModerationStatus.Conflict)
            or (SubmissionUpdateStatus.NotPending or SubmissionUpdateStatus.Conflict, ModerationStatus.Done), $"{update.Status}, {decision.Status}");
        var row = await RowAsync(sent.Id);
        Assert.Equal(decision.Status == ModerationStatus.Done ? 1 : 2, row.LatestVersion);
    }

    [Fact]
    public async Task Two_moderators_approving_at_once_publish_one_initiative()
    {
        var sent = await SendAsync(Proposed("Course"));
        var racing = new SubmissionModeration(news.Db.Database, new ContentService(news.Db.Database, new RendezvousClock(Newsroom.Monday.AddHours(1), parties: 2)));

        var outcomes = await Task.WhenAll(
            Task.Run(() => racing.ApproveAsync(sent.Id, 1, Actor.Editor("ann"))),
            Task.Run(() => racing.ApproveAsync(sent.Id, 1, Actor.Editor("bob"))));

        Assert.Single(outcomes, o => o.Status == ModerationStatus.Done);
        Assert.Single(outcomes, o => o.Status is ModerationStatus.NotPending or ModerationStatus.Conflict);
        Assert.Equal(1, await ItemCountAsync(ContentType.Initiative));
    }

    [Fact]
    public async Task No_audit_line_of_a_decision_carries_the_submitters_private_details()
    {
        var sent = await SendAsync(Proposed("Pair à pair"), newOrganisation: "Vzw Samen Sterk");
        await Moderation.ApproveAsync(sent.Id, 1, Actor.Editor("ann"));

        await using var context = news.Db.Database.CreateContext();
        var lines = await context.AuditEntries.AsNoTracking().Select(a => a.Actor + " " + a.Action + " " + a.Subject + " " + a.Detail).ToListAsync();

        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains("Marie", StringComparison.Ordinal) || l.Contains("marie@", StringComparison.Ordinal) || l.Contains("Coordinatrice", StringComparison.Ordinal));
    }
}
