using Cartography.Data.Freshness;
using Cartography.Web.Features.Email;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Freshness;

/// <summary>
/// One pass of the reminder job: records the due reminders batch by batch and mails each. A message the mail server
/// could not take is withdrawn, so the next pass tries again; one whose address the sender refuses stays counted, so
/// that address is not tried daily. Logs counts only, never an address or a link.
/// </summary>
public sealed class ReminderSender(
    VerificationReminders reminders, ReminderMail mail, EmailSender email, IOptions<FreshnessOptions> options, ILogger<ReminderSender> logger)
{
    public async Task<ReminderRun> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        int sent = 0, failed = 0;
        Guid? next = null;
        do
        {
            var batch = await reminders.IssueNextAsync(options.Value.BatchSize, next, cancellationToken);
            foreach (var reminder in batch.Issued)
            {
                var outcome = await email.SendAsync(mail.For(reminder), cancellationToken);
                if (outcome.Delivered)
                {
                    sent++;
                    continue;
                }
                failed++;
                if (outcome.Status == EmailStatus.Failed) await reminders.WithdrawAsync(reminder, cancellationToken);
            }
            next = batch.Next;
        } while (next is not null);
        if (sent + failed > 0) logger.LogInformation("Verification reminders: {Sent} sent, {Failed} not sent", sent, failed);
        return new ReminderRun(sent, failed);
    }
}
