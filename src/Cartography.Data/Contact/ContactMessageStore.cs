using Cartography.Core.Contact;
using Cartography.Core.Content;
using Cartography.Data.Audit;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Contact;

/// <summary>
/// The contact form's messages: stored (committed) before the visitor is thanked, read and marked by editors, erased
/// after the retention period. The audit log records who marked what, never a message's content or sender.
/// </summary>
public sealed class ContactMessageStore(CartographyDatabase database, TimeProvider clock)
{
    /// <summary>Checks the message with <see cref="ContactRules"/> (and that its initiative exists), then stores it.</summary>
    public async Task<ContactReceipt> ReceiveAsync(ContactMessage message, string privacyNoticeVersion, CancellationToken cancellationToken = default)
    {
        var violations = ContactRules.Validate(message).ToList();
        await using var context = database.CreateContext();
        if (message.InitiativeId is { } initiative && !await context.ContentItems.AnyAsync(
                i => i.Id == initiative && i.Type == nameof(ContentType.Initiative) && i.DeletedUtc == null && i.PublishedVersion != null, cancellationToken))
            violations.Add(new RuleViolation("initiative", "Contact_Initiative_Unknown", "the initiative is not in the directory"));
        if (violations.Count > 0) return ContactReceipt.Rejected(violations);
        var row = new ContactMessageRow
        {
            Id = Guid.NewGuid(), ReceivedUtc = clock.GetUtcNow().UtcDateTime, Culture = message.Culture.Code,
            Name = message.Name.Trim(), Email = message.Email.Trim(), Subject = message.Subject, Message = message.Text.Trim(),
            InitiativeId = message.InitiativeId, PrivacyNoticeVersion = privacyNoticeVersion,
        };
        context.ContactMessages.Add(row);
        await context.SaveChangesAsync(cancellationToken);
        return ContactReceipt.Stored(row.Id);
    }

    public async Task MarkEmailedAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        await context.ContactMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Emailed, true), cancellationToken);
    }

    public async Task<ContactMessageRow?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.ContactMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>A page of messages, newest first, optionally only those (not) read or (not) answered.</summary>
    public async Task<ContactMessagePage> PageAsync(ContactFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var messages = context.ContactMessages.AsNoTracking();
        messages = filter switch
        {
            ContactFilter.Unread => messages.Where(m => m.ReadUtc == null),
            ContactFilter.Read => messages.Where(m => m.ReadUtc != null && m.AnsweredUtc == null),
            ContactFilter.Answered => messages.Where(m => m.AnsweredUtc != null),
            ContactFilter.Unanswered => messages.Where(m => m.AnsweredUtc == null),
            _ => messages,
        };
        var total = await messages.CountAsync(cancellationToken);
        var rows = await messages.OrderByDescending(m => m.ReceivedUtc).ThenBy(m => m.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return new ContactMessagePage(rows, total);
    }

    public async Task<int> UnreadCountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.ContactMessages.CountAsync(m => m.ReadUtc == null, cancellationToken);
    }

    /// <summary>Marks the message read by <paramref name="actor"/> (once: the first reader stays); false when it is gone.</summary>
    public Task<bool> MarkReadAsync(Guid id, string actor, CancellationToken cancellationToken = default) =>
        MarkAsync(id, actor, "contact-read", answered: false, cancellationToken);

    /// <summary>Marks the message answered (and read, if it was not) by <paramref name="actor"/>; false when it is gone.</summary>
    public Task<bool> MarkAnsweredAsync(Guid id, string actor, CancellationToken cancellationToken = default) =>
        MarkAsync(id, actor, "contact-answered", answered: true, cancellationToken);

    private async Task<bool> MarkAsync(Guid id, string actor, string action, bool answered, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        var row = await context.ContactMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = false;
        if (row.ReadUtc is null) (row.ReadUtc, row.ReadBy, changed) = (now, actor, true);
        if (answered && row.AnsweredUtc is null) (row.AnsweredUtc, row.AnsweredBy, changed) = (now, actor, true);
        if (!changed) return true;
        // The subject and id only: who wrote and what they wrote stay in the message, which is erased in time.
        context.AuditEntries.Add(new AuditEntryRow { AtUtc = now, Actor = actor, Action = action, Subject = $"contact message {row.Id}", Detail = row.Subject });
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Erases every message received before <paramref name="before"/>; how many went.</summary>
    public async Task<int> EraseReceivedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var cutoff = before.UtcDateTime;
        await using var context = database.CreateContext();
        return await context.ContactMessages.Where(m => m.ReceivedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
