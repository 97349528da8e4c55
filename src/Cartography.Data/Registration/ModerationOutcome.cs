using Cartography.Core.Content;

namespace Cartography.Data.Registration;

/// <summary>
/// The result of a moderator's decision and, when it was Done, the submission as decided (for the email to its
/// submitter) and, for an approval, the published initiative's id.
/// </summary>
public sealed record ModerationOutcome(ModerationStatus Status, SubmittedContent? Submission = null, Guid? InitiativeId = null)
{
    public IReadOnlyList<RuleViolation> Violations { get; init; } = [];
}
