using Cartography.Core.Places;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Registration;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Registration;

/// <summary>
/// A moderator's decisions on submissions. Each takes the version the moderator looked at, so a correction the
/// submitter sent meanwhile is never decided unseen; an approval publishes in the same transaction that marks the
/// submission approved, so there is never a published initiative whose submission still waits, nor the reverse.
/// </summary>
public sealed class SubmissionModeration(CartographyDatabase database, TimeProvider clock)
{
    public const string ApproveAction = "submission.approve";
    public const string RejectAction = "submission.reject";
    public const string DuplicateAction = "submission.duplicate";

    private static readonly string InitiativeType = ContentType.Initiative.ToString();
    private static readonly string OrganisationType = ContentType.Organisation.ToString();

    private readonly EditorialTransactions transactions = new(database);

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
    /// The published content is verified today. <paramref name="slugs"/> are used for a new initiative.
    /// </summary>
    public Task<ModerationOutcome> ApproveAsync(Guid id, int version, string actor, LocalizedText? slugs = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return DecideAsync(id, version, async (context, submission, latest, now) =>
        {
            var proposed = ContentJson.Read<Initiative>(latest.Data) with { LastVerified = BelgianTime.DateOf(now) };
            if (proposed.OrganisationId is { } organisationId && !await IsLiveAsync(context, organisationId, OrganisationType, cancellationToken))
                return new ModerationOutcome(ModerationStatus.TargetMissing);
            if (proposed.OrganisationId is null && latest.NewOrganisation is { Length: > 0 } organisationName)
            {
                var culture = Culture.TryParse(submission.Culture, out var c) ? c : Culture.Fr;
                var organisation = new Organisation { Name = LocalizedText.Empty.With(culture, organisationName) };
                var created = await AddItemAsync(context, organisation, actor, now, $"from submission {submission.Id}", cancellationToken);
                proposed = proposed with { OrganisationId = created.Id };
            }

            ContentItemRow item;
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
                proposed = proposed with { Slug = Filled(before.Slug, slugs), IsExample = before.IsExample };
                await AddVersionAsync(context, row, proposed, actor, now, $"from submission {submission.Id}", cancellationToken);
                item = row;
            }
            else
            {
                item = await AddItemAsync(context, proposed with { Slug = slugs ?? proposed.Slug }, actor, now, $"from submission {submission.Id}", cancellationToken);
            }
            submission.PublishedItemId = item.Id;
            return new ModerationOutcome(ModerationStatus.Done, InitiativeId: item.Id);
        }, SubmissionStatus.Approved, actor, ApproveAction, null, cancellationToken);
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
        DecideAsync(id, version, async (context, submission, _, _) =>
        {
            if (!await IsLiveAsync(context, initiativeId, InitiativeType, cancellationToken)) return new ModerationOutcome(ModerationStatus.TargetMissing);
            submission.DuplicateOfId = initiativeId;
            return new ModerationOutcome(ModerationStatus.Done);
        }, SubmissionStatus.Duplicate, actor, DuplicateAction, $"of {initiativeId}", cancellationToken);

    private Task<ModerationOutcome> DecideAsync(Guid id, int version,
        Func<CartographyDbContext, SubmissionRow, SubmissionVersionRow, DateTime, Task<ModerationOutcome>> decide,
        SubmissionStatus decision, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return transactions.RunAsync(async context =>
        {
            var submission = await context.Set<SubmissionRow>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (submission is null) return new ModerationOutcome(ModerationStatus.NotFound);
            if (Refusal(submission, version) is { } refusal) return refusal;
            var latest = await context.Set<SubmissionVersionRow>().SingleAsync(v => v.SubmissionId == id && v.Number == version, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
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
            var outcome = await decide(context, submission, latest, now);
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

    /// <summary>The slugs an initiative has, and for the cultures where it has none, the ones given.</summary>
    private static LocalizedText Filled(LocalizedText current, LocalizedText? given)
    {
        var slugs = current;
        foreach (var (culture, slug) in given?.Values ?? [])
            if (!slugs.Has(culture)) slugs = slugs.With(culture, slug);
        return slugs;
    }

    private static async Task<ContentItemRow> AddItemAsync<T>(CartographyDbContext context, T content, string actor, DateTime now, string detail,
        CancellationToken cancellationToken) where T : class
    {
        var row = new ContentItemRow { Id = Guid.NewGuid(), Type = ContentTypes.Of<T>().ToString(), CreatedUtc = now, LatestVersion = 0 };
        context.ContentItems.Add(row);
        await AddVersionAsync(context, row, content, actor, now, detail, cancellationToken);
        return row;
    }

    // A new version, published at once: the moderator read exactly this content.
    private static async Task AddVersionAsync<T>(CartographyDbContext context, ContentItemRow row, T content, string actor, DateTime now, string detail,
        CancellationToken cancellationToken) where T : class
    {
        var number = row.LatestVersion + 1;
        context.ContentVersions.Add(new ContentVersionRow { ItemId = row.Id, Number = number, Data = ContentJson.Write(content), Author = actor, SavedUtc = now, PublishedUtc = now });
        row.LatestVersion = number;
        ItemColumns.DescribeLatest(row, content, actor, now);
        ItemHistory.Audit(context, now, actor, number == 1 ? AuditActions.Create : AuditActions.Save, row.Id, $"version {number}, {detail}");
        await PublishingRows.PublishLatestAsync(context, row, now, cancellationToken);
        ItemHistory.Audit(context, now, actor, AuditActions.Publish, row.Id, $"version {number}");
    }

    private static Task<bool> IsLiveAsync(CartographyDbContext context, Guid id, string type, CancellationToken cancellationToken) =>
        context.ContentItems.AnyAsync(i => i.Id == id && i.Type == type && i.DeletedUtc == null && i.PublishedVersion != null, cancellationToken);
}
