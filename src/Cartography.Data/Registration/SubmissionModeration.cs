using Cartography.Core.Places;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Registration;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Registration;

/// <summary>
/// A moderator's decisions on submissions. Each takes the version the moderator looked at, so a correction the
/// submitter sent meanwhile is never decided unseen; an approval publishes in the same transaction that marks the
/// submission approved, so there is never a published initiative whose submission still waits, nor the reverse.
/// </summary>
public sealed class SubmissionModeration(CartographyDatabase database, ContentService content)
{
    public const string ApproveAction = "submission.approve";
    public const string RejectAction = "submission.reject";
    public const string DuplicateAction = "submission.duplicate";

    private static readonly string InitiativeType = ContentType.Initiative.ToString();
    private static readonly string OrganisationType = ContentType.Organisation.ToString();

    /// <summary>The submission as a moderator opens it (latest version), or null.</summary>
    public async Task<SubmittedContent?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var submission = await context.Set<SubmissionRow>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (submission is null) return null;
        var version = await context.Set<SubmissionVersionRow>().AsNoTracking()
            .SingleAsync(v => v.SubmissionId == id && v.Number == submission.LatestVersion, cancellationToken);
        return SubmissionStore.ContentOf(submission, version);
    }

    /// <summary>
    /// Publishes version <paramref name="version"/> of a pending submission: a new initiative (with a new organisation
    /// when the submitter named one not yet in the directory), or a new published version of the initiative it changes.
    /// The published content is verified today; the content service gives it the slugs it lacks, and refuses an
    /// actor who may not publish or content that breaks the rules, in which case the submission stays pending.
    /// </summary>
    public Task<ModerationOutcome> ApproveAsync(Guid id, int version, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.MayPublish) return Task.FromResult(new ModerationOutcome(ModerationStatus.Forbidden));
        return DecideAsync(id, version, async (tx, submission, latest, now) =>
        {
            var context = tx.Context;
            var proposed = ContentJson.Read<Initiative>(latest.Data) with { LastVerified = BelgianTime.DateOf(now) };
            if (proposed.OrganisationId is { } organisationId && !await IsLiveAsync(context, organisationId, OrganisationType, cancellationToken))
                return new ModerationOutcome(ModerationStatus.TargetMissing);
            if (proposed.OrganisationId is null && latest.NewOrganisation is { Length: > 0 } organisationName)
            {
                var culture = Culture.TryParse(submission.Culture, out var c) ? c : Culture.Fr;
                var organisation = new Organisation { Name = LocalizedText.Empty.With(culture, organisationName) };
                var created = await AddItemAsync(tx, organisation, actor, $"from submission {submission.Id}", cancellationToken);
                if (!created.Succeeded) return Refused(created);
                proposed = proposed with { OrganisationId = created.ItemId };
            }

            EditOutcome item;
            if (submission.ChangesItemId is { } changed)
            {
                var row = await context.ContentItems.SingleOrDefaultAsync(i => i.Id == changed && i.Type == InitiativeType && i.DeletedUtc == null, cancellationToken);
                // An initiative taken off the site is not brought back by a submitter's correction: an editor decides that.
                if (row?.PublishedVersion is not { } publishedVersion) return new ModerationOutcome(ModerationStatus.TargetMissing);
                if (row.LatestVersion != publishedVersion) return new ModerationOutcome(ModerationStatus.DraftPending);
                var current = await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == changed && v.Number == publishedVersion)
                    .Select(v => v.Data).SingleAsync(cancellationToken);
                // The address of a published page does not move because its name was corrected; flags editors set stay.
                var before = ContentJson.Read<Initiative>(current);
                proposed = proposed with { Slug = before.Slug, IsExample = before.IsExample };
                item = await tx.SaveAsync(actor, InitiativeType, changed, publishedVersion, proposed, $"from submission {submission.Id}", cancellationToken);
                if (item.Succeeded) item = await tx.PublishAsync(actor, InitiativeType, changed, null, null, cancellationToken);
            }
            else
            {
                item = await AddItemAsync(tx, proposed, actor, $"from submission {submission.Id}", cancellationToken);
            }
            if (!item.Succeeded) return Refused(item);
            submission.PublishedItemId = item.ItemId;
            return new ModerationOutcome(ModerationStatus.Done, InitiativeId: item.ItemId);
        }, SubmissionStatus.Approved, actor.Name, ApproveAction, null, cancellationToken);
    }

    /// <summary>Refuses a pending submission; <paramref name="reason"/> is written for the submitter and sent to them.</summary>
    public Task<ModerationOutcome> RejectAsync(Guid id, int version, string reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, 1000, nameof(reason));
        return DecideAsync(id, version, (_, submission, _, _) =>
        {
            submission.ReviewReason = reason.Trim();
            return Task.FromResult(new ModerationOutcome(ModerationStatus.Done));
        }, SubmissionStatus.Rejected, actor, RejectAction, null, cancellationToken);
    }

    /// <summary>Closes a pending submission as the same initiative as <paramref name="initiativeId"/>, already in the directory.</summary>
    public Task<ModerationOutcome> MarkDuplicateAsync(Guid id, int version, Guid initiativeId, string actor, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, async (tx, submission, _, _) =>
        {
            if (!await IsLiveAsync(tx.Context, initiativeId, InitiativeType, cancellationToken)) return new ModerationOutcome(ModerationStatus.TargetMissing);
            submission.DuplicateOfId = initiativeId;
            return new ModerationOutcome(ModerationStatus.Done);
        }, SubmissionStatus.Duplicate, actor, DuplicateAction, $"of {initiativeId}", cancellationToken);

    private Task<ModerationOutcome> DecideAsync(Guid id, int version,
        Func<ContentTransaction, SubmissionRow, SubmissionVersionRow, DateTime, Task<ModerationOutcome>> decide,
        SubmissionStatus decision, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return content.RunAsync(async (tx, _) =>
        {
            var context = tx.Context;
            var submission = await context.Set<SubmissionRow>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (submission is null) return new ModerationOutcome(ModerationStatus.NotFound);
            if (Refusal(submission, version) is { } refusal) return refusal;
            var latest = await context.Set<SubmissionVersionRow>().SingleAsync(v => v.SubmissionId == id && v.Number == version, cancellationToken);
            var now = tx.Now;
            // The decision is claimed by a conditional update before anything is written: of two moderators (or a moderator
            // and a correcting submitter) racing, the second waits for the first's commit and finds the row changed.
            var claimed = await context.Set<SubmissionRow>()
                .Where(s => s.Id == id && s.Status == SubmissionStatus.Pending && s.LatestVersion == version)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, decision).SetProperty(r => r.ReviewedBy, actor).SetProperty(r => r.ReviewedUtc, now),
                    cancellationToken);
            if (claimed == 0)
            {
                await context.Entry(submission).ReloadAsync(cancellationToken);
                return Refusal(submission, version) ?? new ModerationOutcome(ModerationStatus.Conflict);
            }
            var outcome = await decide(tx, submission, latest, now);
            if (outcome.Status != ModerationStatus.Done) return outcome;
            submission.Status = decision;
            submission.ReviewedBy = actor;
            submission.ReviewedUtc = now;
            context.AuditEntries.Add(new Audit.AuditEntryRow { AtUtc = now, Actor = actor, Action = action, Subject = id.ToString(), Detail = detail });
            return outcome with { Submission = SubmissionStore.ContentOf(submission, latest) };
        }, outcome => outcome.Status == ModerationStatus.Done, new ModerationOutcome(ModerationStatus.Conflict), cancellationToken);
    }

    private static ModerationOutcome? Refusal(SubmissionRow submission, int version) =>
        submission.Status != SubmissionStatus.Pending ? new ModerationOutcome(ModerationStatus.NotPending)
        : submission.LatestVersion != version ? new ModerationOutcome(ModerationStatus.Changed)
        : null;

    // A new item, published at once: the moderator read exactly this content.
    private static async Task<EditOutcome> AddItemAsync(ContentTransaction tx, object item, Actor actor, string detail, CancellationToken cancellationToken)
    {
        var created = await tx.CreateAsync(actor, item, null, detail, cancellationToken);
        return created.Succeeded ? await tx.PublishAsync(actor, ContentTypes.Of(item.GetType()).ToString(), created.ItemId, null, null, cancellationToken) : created;
    }

    /// <summary>A refusal of the content service, as the moderator sees it; the decision is rolled back with it.</summary>
    private static ModerationOutcome Refused(EditOutcome outcome) =>
        new(outcome.Status == EditStatus.Invalid ? ModerationStatus.Invalid : ModerationStatus.Conflict) { Violations = outcome.Violations };

    private static Task<bool> IsLiveAsync(CartographyDbContext context, Guid id, string type, CancellationToken cancellationToken) =>
        context.ContentItems.AnyAsync(i => i.Id == id && i.Type == type && i.DeletedUtc == null && i.PublishedVersion != null, cancellationToken);
}
