using Cartography.Core.Places;
using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Registration;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Freshness;

/// <summary>
/// Reminders to the public contact of published initiatives not verified for a while, and what their links do.
/// Several nodes may issue at once: each initiative is taken in its own transaction that re-reads it and raises its
/// item row's revision, so a node that read the same state is refused, re-reads, and finds the reminder already sent.
/// </summary>
public sealed class VerificationReminders(CartographyDatabase database, TimeProvider clock, ContentService content, FreshnessRules? rules = null)
{
    /// <summary>The author and actor of what a confirmation writes.</summary>
    public const string Actor = "verification";

    private static readonly Writing.Actor Contact = Writing.Actor.System(Actor);

    private static readonly string InitiativeType = ContentType.Initiative.ToString();

    private readonly EditorialTransactions transactions = new(database);
    private readonly FreshnessRules rules = rules ?? new FreshnessRules();

    /// <summary>
    /// Records a reminder for each due initiative among the next <paramref name="batchSize"/> candidates after
    /// <paramref name="after"/> (in the database's order of ids), reading only their published versions.
    /// </summary>
    public async Task<ReminderBatch> IssueNextAsync(int batchSize, Guid? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = StaleBefore(now);
        var remindedSince = now - rules.ReminderEvery;
        List<Guid> candidates;
        await using (var context = database.CreateContext())
        {
            // The item columns narrow first; whether there is a contact address is only in the published JSON, read per batch.
            var items = context.ContentItems.AsNoTracking().Where(i => i.Type == InitiativeType && i.DeletedUtc == null && i.PublishedVersion != null
                && (i.LastVerified == null || i.LastVerified < staleBefore)
                && !context.Set<VerificationReminderRow>().Any(r => r.ItemId == i.Id && r.SentUtc > remindedSince));
            if (after is { } cursor) items = items.Where(i => i.Id.CompareTo(cursor) > 0);
            candidates = await items.OrderBy(i => i.Id).Select(i => i.Id).Take(batchSize).ToListAsync(cancellationToken);
        }
        var issued = new List<IssuedReminder>();
        foreach (var id in candidates)
            if (await transactions.RunAsync<IssuedReminder?>(context => IssueAsync(context, id, cancellationToken), r => r is not null, null, cancellationToken) is { } reminder)
                issued.Add(reminder);
        return new ReminderBatch(issued, candidates.Count < batchSize ? null : candidates[^1]);
    }

    /// <summary>Forgets a reminder that could not be sent, so the next pass tries again instead of waiting out the spacing.</summary>
    public async Task WithdrawAsync(IssuedReminder reminder, CancellationToken cancellationToken = default)
    {
        var hash = EditTokens.HashOf(reminder.Token);
        await using var context = database.CreateContext();
        await context.Set<VerificationReminderRow>().Where(r => r.TokenHash == hash && r.ConfirmedUtc == null).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>What <paramref name="token"/> opens, with the initiative as published.</summary>
    public async Task<VerificationLookup> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var (status, _, item) = await CheckAsync(context, token, tracking: false, cancellationToken);
        if (status == VerificationStatus.Unknown) return VerificationLookup.Unknown;
        return new VerificationLookup(status, item!.Id, await ReadAsync(context, item.Id, item.PublishedVersion!.Value, cancellationToken));
    }

    /// <summary>
    /// The contact says the published initiative is still correct: in one transaction, a new published version identical
    /// but for <see cref="Initiative.LastVerified"/> (today), the link marked used, the change and audit rows.
    /// An editor's unpublished draft is not published: it is carried forward, its date renewed too, as the new latest
    /// version, so the back office opens what the editor left and publishing it later does not bring the old date back.
    /// </summary>
    public Task<VerificationLookup> ConfirmAsync(string token, CancellationToken cancellationToken = default) =>
        content.RunAsync(async (tx, ct) =>
        {
            var context = tx.Context;
            var (status, reminder, row) = await CheckAsync(context, token, tracking: true, ct);
            if (status != VerificationStatus.Found)
                return status == VerificationStatus.Unknown ? VerificationLookup.Unknown
                    : new VerificationLookup(status, row!.Id, await ReadAsync(context, row.Id, row.PublishedVersion!.Value, ct));
            var today = BelgianTime.DateOf(tx.Now);
            var published = row!.PublishedVersion!.Value;
            var current = await ReadAsync(context, row.Id, published, ct);
            var draft = row.LatestVersion != published ? await ReadAsync(context, row.Id, row.LatestVersion, ct) : null;
            var draftNumber = row.LatestVersion;
            var publishAt = row.PublishAtUtc;

            var renewed = current with { LastVerified = today };
            // The renewed copy goes on top of the draft, is published, and the draft is carried forward above it.
            var steps = new List<EditOutcome>
            {
                await tx.SaveAsync(Contact, InitiativeType, row.Id, null, renewed, $"version {published} confirmed by its contact", ct),
            };
            if (steps[^1].Succeeded) steps.Add(await tx.PublishAsync(Contact, InitiativeType, row.Id, null, null, ct));
            if (draft is not null && steps[^1].Succeeded)
            {
                var carried = draft with { LastVerified = draft.LastVerified > today ? draft.LastVerified : today };
                steps.Add(await tx.SaveAsync(Contact, InitiativeType, row.Id, null, carried, $"draft version {draftNumber} carried forward", ct));
                row.PublishAtUtc = publishAt;
            }
            // Content that no longer meets the rules is left for an editor; the contact's link stays usable.
            if (!steps.All(s => s.Succeeded)) return new VerificationLookup(VerificationStatus.Found, row.Id, current);

            reminder!.ConfirmedUtc = tx.Now;
            // A second use of the same link, racing this one, finds the reminder changed and is answered from a fresh read.
            context.Entry(reminder).Property(r => r.ConfirmedUtc).OriginalValue = null;
            return new VerificationLookup(VerificationStatus.Confirmed, row.Id, renewed) { Renewed = true };
        }, lookup => lookup.Renewed, VerificationLookup.Unknown, cancellationToken);

    // Read first, then the time: two nodes racing have both read before either writes, and one of them is refused.
    private async Task<IssuedReminder?> IssueAsync(CartographyDbContext context, Guid id, CancellationToken cancellationToken)
    {
        var row = await context.ContentItems.SingleOrDefaultAsync(i => i.Id == id && i.Type == InitiativeType && i.DeletedUtc == null, cancellationToken);
        if (row?.PublishedVersion is not { } published) return null;
        var content = await ReadAsync(context, id, published, cancellationToken);
        var lastSent = await context.Set<VerificationReminderRow>().Where(r => r.ItemId == id).MaxAsync(r => (DateTime?)r.SentUtc, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (!IsDue(row, content, lastSent, now)) return null;
        var token = EditTokens.New();
        var expires = now + rules.LinkLifetime;
        context.Add(new VerificationReminderRow { ItemId = id, TokenHash = EditTokens.HashOf(token), SentUtc = now, ExpiresUtc = expires });
        row.Revision++;
        return new IssuedReminder(id, content, content.Contact.Email!.Trim(), token, Instants.From(expires));
    }

    // The item row keeps the latest version's date, the JSON the published one's: both must be old, so an editor's draft
    // marked verified holds reminders back, and a reminder is never about a date the public page does not show.
    private bool IsDue(ContentItemRow row, Initiative published, DateTime? lastSent, DateTime now) =>
        !published.IsExample && EmailAddress.IsValid(published.Contact.Email?.Trim())
        && IsStale(row.LastVerified, now) && IsStale(published.LastVerified, now)
        && (lastSent is not { } sent || sent <= now - rules.ReminderEvery);

    private bool IsStale(DateOnly? lastVerified, DateTime now) => lastVerified is not { } date || date < StaleBefore(now);

    private DateOnly StaleBefore(DateTime now) => BelgianTime.DateOf(now - rules.StaleAfter);

    // The lookup is by the hash of what was presented; the stored hash is compared in constant time all the same.
    private async Task<(VerificationStatus, VerificationReminderRow?, ContentItemRow?)> CheckAsync(CartographyDbContext context, string token, bool tracking,
        CancellationToken cancellationToken)
    {
        var hash = EditTokens.HashOf(token);
        var reminders = tracking ? context.Set<VerificationReminderRow>() : context.Set<VerificationReminderRow>().AsNoTracking();
        var reminder = await reminders.SingleOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
        if (reminder is null || !EditTokens.Same(reminder.TokenHash, hash)) return (VerificationStatus.Unknown, null, null);
        var items = tracking ? context.ContentItems : context.ContentItems.AsNoTracking();
        var row = await items.SingleOrDefaultAsync(i => i.Id == reminder.ItemId && i.Type == InitiativeType && i.DeletedUtc == null && i.PublishedVersion != null,
            cancellationToken);
        if (row is null) return (VerificationStatus.Unknown, null, null);
        if (reminder.ConfirmedUtc is not null) return (VerificationStatus.Confirmed, reminder, row);
        if (clock.GetUtcNow().UtcDateTime >= reminder.ExpiresUtc) return (VerificationStatus.Expired, reminder, row);
        return (VerificationStatus.Found, reminder, row);
    }

    private static async Task<Initiative> ReadAsync(CartographyDbContext context, Guid id, int number, CancellationToken cancellationToken) =>
        ContentJson.Read<Initiative>(await context.ContentVersions.AsNoTracking().Where(v => v.ItemId == id && v.Number == number)
            .Select(v => v.Data).SingleAsync(cancellationToken));
}
