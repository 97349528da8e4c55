using Cartography.Core.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Registration;
using Cartography.Search.ReadModel;
using Cartography.Data.Writing;
using Cartography.Web.Features.Email;

namespace Cartography.Web.Features.Backoffice.Moderation;

/// <summary>
/// A moderator's three decisions as the back office makes them: the decision itself (see <see cref="SubmissionModeration"/>),
/// then, once it is made, the email that tells the submitter. The public site and its search catch up from the change
/// feed. Nothing here logs who the submitter is.
/// </summary>
public sealed class ModerationDesk(
    SubmissionModeration moderation, SubmissionStore store, ContentEditor editor, DirectoryReadModel directory, EmailSender email, ModerationMail mail)
{
    /// <summary>Publishes the submission through the content service, which gives a new initiative its unique slugs.</summary>
    public async Task<ModerationResult> ApproveAsync(Guid id, int version, Actor actor, CancellationToken cancellationToken = default)
    {
        var outcome = await moderation.ApproveAsync(id, version, actor, cancellationToken);
        if (outcome.Status != ModerationStatus.Done) return new ModerationResult(outcome.Status);
        var published = (await editor.GetAsync<Initiative>(outcome.InitiativeId!.Value, cancellationToken))!.Content;
        return await TellAsync(outcome, (to, name) => mail.Approved(to, name, outcome.Submission!.Culture, published), cancellationToken);
    }

    public async Task<ModerationResult> RejectAsync(Guid id, int version, string reason, string actor, CancellationToken cancellationToken = default)
    {
        var outcome = await moderation.RejectAsync(id, version, reason, actor, cancellationToken);
        if (outcome.Status != ModerationStatus.Done) return new ModerationResult(outcome.Status);
        var decided = outcome.Submission!;
        return await TellAsync(outcome, (to, name) => mail.Rejected(to, name, decided.Culture, decided.Proposed, decided.ReviewReason ?? reason), cancellationToken);
    }

    public async Task<ModerationResult> MarkDuplicateAsync(Guid id, int version, Guid initiativeId, string actor, CancellationToken cancellationToken = default)
    {
        // The link in the email needs the initiative's public address: one not (yet) in the read model is not offered.
        if (directory.Current.FindInitiative(initiativeId) is not { } existing) return new ModerationResult(ModerationStatus.TargetMissing);
        var outcome = await moderation.MarkDuplicateAsync(id, version, initiativeId, actor, cancellationToken);
        if (outcome.Status != ModerationStatus.Done) return new ModerationResult(outcome.Status);
        var decided = outcome.Submission!;
        return await TellAsync(outcome, (to, name) => mail.Duplicate(to, name, decided.Culture, decided.Proposed, existing.Content), cancellationToken);
    }

    private async Task<ModerationResult> TellAsync(ModerationOutcome outcome, Func<string, string, EmailMessage> write, CancellationToken cancellationToken)
    {
        var details = await store.PrivateDetailsAsync(outcome.Submission!.Id, cancellationToken);
        var sent = details is null
            ? new EmailOutcome(EmailStatus.BadAddress)
            : await email.SendAsync(write(details.Submitter.Email, details.Submitter.Name), cancellationToken);
        return new ModerationResult(outcome.Status, sent, outcome.InitiativeId);
    }
}
