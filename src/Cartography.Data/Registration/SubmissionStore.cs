using Cartography.Core.Content;
using Cartography.Core.Registration;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Registration;

/// <summary>
/// Where registrations wait for moderation. Each write commits before it returns. The submitter comes back with
/// the edit token given at receipt; moderators read the public side, and the private details only by asking for them.
/// </summary>
public sealed class SubmissionStore(CartographyDatabase database, TimeProvider clock, SubmissionOptions? options = null)
{
    private readonly EditorialTransactions transactions = new(database);
    private readonly TimeSpan tokenLifetime = (options ?? new SubmissionOptions()).EditTokenLifetime;

    /// <summary>Stores <paramref name="submission"/> as pending, version 1, and issues its edit token.</summary>
    public async Task<ReceivedSubmission> ReceiveAsync(Submission submission, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        var token = EditTokens.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + tokenLifetime;
        var (submitter, consent) = (submission.Private.Submitter, submission.Private.Consent);
        await using var context = database.CreateContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.Add(new SubmissionRow
        {
            Id = id, Status = SubmissionStatus.Pending, ChangesItemId = submission.Changes, ReceivedUtc = now, LatestVersion = 1,
            Culture = submission.Culture.Code,
        });
        context.Add(new SubmissionVersionRow
        {
            SubmissionId = id, Number = 1, Data = ContentJson.Write(InitiativePlaces.Resolve(submission.Proposed)), NewOrganisation = submission.NewOrganisation, SavedUtc = now,
        });
        context.Add(new SubmissionPrivateDetailsRow
        {
            SubmissionId = id, SubmitterName = submitter.Name, SubmitterEmail = submitter.Email, SubmitterRole = submitter.Role,
            ConsentGivenUtc = consent.GivenAt.UtcDateTime, PrivacyNoticeVersion = consent.PrivacyNoticeVersion,
        });
        context.Add(new SubmissionEditTokenRow { SubmissionId = id, TokenHash = EditTokens.HashOf(token), IssuedUtc = now, ExpiresUtc = expires });
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ReceivedSubmission(id, token, Instants.From(expires));
    }

    /// <summary>The submission <paramref name="token"/> opens, or why it opens none.</summary>
    public async Task<EditTokenLookup> FindByTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var (status, row) = await CheckAsync(context, token, cancellationToken);
        if (status != EditTokenStatus.Found) return new EditTokenLookup(status);
        var submission = await context.Set<SubmissionRow>().AsNoTracking().SingleAsync(s => s.Id == row!.SubmissionId, cancellationToken);
        return new EditTokenLookup(status, await ContentOfAsync(context, submission, cancellationToken));
    }

    /// <summary>
    /// Replaces the proposed content of a pending submission by adding a version; what was sent before stays,
    /// so moderators can see what changed.
    /// </summary>
    public Task<SubmissionUpdate> UpdateAsync(string token, Initiative content, string? newOrganisation = null, CancellationToken cancellationToken = default) =>
        transactions.RunAsync(async context =>
        {
            var (status, tokenRow) = await CheckAsync(context, token, cancellationToken);
            if (status != EditTokenStatus.Found) return new SubmissionUpdate(Refusal(status));
            var submission = await context.Set<SubmissionRow>().AsNoTracking().SingleAsync(s => s.Id == tokenRow!.SubmissionId, cancellationToken);
            if (submission.Status != SubmissionStatus.Pending) return new SubmissionUpdate(SubmissionUpdateStatus.NotPending);
            var number = submission.LatestVersion + 1;
            // Claimed the way a moderator's decision claims it: if a decision (or another correction) committed since the
            // read above, nothing matches, and the retry reads what it did — a decided submission takes no more versions.
            var claimed = await context.Set<SubmissionRow>()
                .Where(s => s.Id == submission.Id && s.Status == SubmissionStatus.Pending && s.LatestVersion == submission.LatestVersion)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LatestVersion, number), cancellationToken);
            if (claimed == 0) throw new DbUpdateConcurrencyException("The submission changed since it was read.");
            context.Add(new SubmissionVersionRow
            {
                SubmissionId = submission.Id, Number = number, Data = ContentJson.Write(InitiativePlaces.Resolve(content)), NewOrganisation = newOrganisation,
                SavedUtc = clock.GetUtcNow().UtcDateTime,
            });
            return new SubmissionUpdate(SubmissionUpdateStatus.Updated, number);
        }, update => update.Status == SubmissionUpdateStatus.Updated, new SubmissionUpdate(SubmissionUpdateStatus.Conflict), cancellationToken);

    /// <summary>
    /// From the edit link of an approved submission: proposes <paramref name="content"/> as a change to the initiative
    /// it published. The proposal is a new pending submission from the same submitter, with its own edit token.
    /// </summary>
    public async Task<ChangeProposal> ProposeChangesAsync(string token, Initiative content, string? newOrganisation = null, CancellationToken cancellationToken = default)
    {
        Submission proposal;
        await using (var context = database.CreateContext())
        {
            var (status, tokenRow) = await CheckAsync(context, token, cancellationToken);
            if (status != EditTokenStatus.Found) return new ChangeProposal(Refusal(status));
            var original = await context.Set<SubmissionRow>().AsNoTracking().SingleAsync(s => s.Id == tokenRow!.SubmissionId, cancellationToken);
            if (original.Status != SubmissionStatus.Approved || original.PublishedItemId is not { } published)
                return new ChangeProposal(SubmissionUpdateStatus.NotPublished);
            var details = await context.Set<SubmissionPrivateDetailsRow>().AsNoTracking().SingleAsync(p => p.SubmissionId == original.Id, cancellationToken);
            proposal = new Submission(content, new PrivateDetails(
                new Submitter(details.SubmitterName, details.SubmitterEmail, details.SubmitterRole),
                new Consent(Instants.From(details.ConsentGivenUtc), details.PrivacyNoticeVersion)), published)
            {
                Culture = Core.Cultures.Culture.TryParse(original.Culture, out var culture) ? culture : Core.Cultures.Culture.Fr,
                NewOrganisation = newOrganisation,
            };
        }
        return new ChangeProposal(SubmissionUpdateStatus.Updated, await ReceiveAsync(proposal, cancellationToken));
    }

    /// <summary>Revokes every edit token of a submission still valid; answers how many were.</summary>
    public async Task<int> RevokeTokensAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.CreateContext();
        var live = await context.Set<SubmissionEditTokenRow>().Where(t => t.SubmissionId == submissionId && t.RevokedUtc == null).ToListAsync(cancellationToken);
        foreach (var row in live) row.RevokedUtc = now;
        await context.SaveChangesAsync(cancellationToken);
        return live.Count;
    }

    /// <summary>Page <paramref name="page"/> (from 1) of the pending submissions, oldest first: public fields only.</summary>
    public async Task<PendingPage> PendingAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var context = database.CreateContext();
        var pending = context.Set<SubmissionRow>().AsNoTracking().Where(s => s.Status == SubmissionStatus.Pending);
        var total = await pending.CountAsync(cancellationToken);
        var rows = await pending.OrderBy(s => s.ReceivedUtc).ThenBy(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Join(context.Set<SubmissionVersionRow>(), s => new { s.Id, Number = s.LatestVersion }, v => new { Id = v.SubmissionId, v.Number },
                (s, v) => new { Submission = s, Version = v })
            .ToListAsync(cancellationToken);
        var submissions = rows.OrderBy(r => r.Submission.ReceivedUtc).ThenBy(r => r.Submission.Id)
            .Select(r => ContentOf(r.Submission, r.Version)).ToList();
        return new PendingPage(submissions, total);
    }

    /// <summary>Who sent a submission and the consent they gave: for moderators who need to reach the submitter, never for display.</summary>
    public async Task<PrivateDetails?> PrivateDetailsAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var row = await context.Set<SubmissionPrivateDetailsRow>().AsNoTracking().SingleOrDefaultAsync(p => p.SubmissionId == submissionId, cancellationToken);
        return row is null ? null : new PrivateDetails(
            new Submitter(row.SubmitterName, row.SubmitterEmail, row.SubmitterRole),
            new Consent(Instants.From(row.ConsentGivenUtc), row.PrivacyNoticeVersion));
    }

    /// <summary>The versions of a submission's proposed content, oldest first.</summary>
    public async Task<IReadOnlyList<Initiative>> VersionsAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var data = await context.Set<SubmissionVersionRow>().AsNoTracking().Where(v => v.SubmissionId == submissionId)
            .OrderBy(v => v.Number).Select(v => v.Data).ToListAsync(cancellationToken);
        return data.Select(ContentJson.Read<Initiative>).ToList();
    }

    // The lookup is by the hash of what was presented, which tells a timing observer nothing about the hashes held;
    // the stored hash is then compared in constant time all the same.
    private async Task<(EditTokenStatus, SubmissionEditTokenRow?)> CheckAsync(CartographyDbContext context, string token, CancellationToken cancellationToken)
    {
        var hash = EditTokens.HashOf(token);
        var row = await context.Set<SubmissionEditTokenRow>().AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (row is null || !EditTokens.Same(row.TokenHash, hash)) return (EditTokenStatus.Unknown, null);
        if (row.RevokedUtc is not null) return (EditTokenStatus.Revoked, row);
        if (clock.GetUtcNow().UtcDateTime >= row.ExpiresUtc) return (EditTokenStatus.Expired, row);
        return (EditTokenStatus.Found, row);
    }

    private static SubmissionUpdateStatus Refusal(EditTokenStatus status) => status switch
    {
        EditTokenStatus.Expired => SubmissionUpdateStatus.Expired,
        EditTokenStatus.Revoked => SubmissionUpdateStatus.Revoked,
        _ => SubmissionUpdateStatus.Unknown,
    };

    private static async Task<SubmittedContent> ContentOfAsync(CartographyDbContext context, SubmissionRow submission, CancellationToken cancellationToken)
    {
        var latest = await context.Set<SubmissionVersionRow>().AsNoTracking()
            .SingleAsync(v => v.SubmissionId == submission.Id && v.Number == submission.LatestVersion, cancellationToken);
        return ContentOf(submission, latest);
    }

    internal static SubmittedContent ContentOf(SubmissionRow submission, SubmissionVersionRow version) => new(
        submission.Id, submission.Status, ContentJson.Read<Initiative>(version.Data), submission.ChangesItemId, version.Number,
        Instants.From(submission.ReceivedUtc), Instants.From(version.SavedUtc))
    {
        Culture = Core.Cultures.Culture.TryParse(submission.Culture, out var culture) ? culture! : Core.Cultures.Culture.Fr,
        NewOrganisation = version.NewOrganisation,
        PublishedItemId = submission.PublishedItemId,
        ReviewReason = submission.ReviewReason,
        DuplicateOf = submission.DuplicateOfId,
    };
}
