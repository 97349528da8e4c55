using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Registration;

namespace Cartography.Data.Registration;

/// <summary>The public side of a submission: its latest proposed content and where it stands. Carries no private details.</summary>
public sealed record SubmittedContent(
    Guid Id, SubmissionStatus Status, Initiative Proposed, Guid? Changes, int Version, DateTimeOffset ReceivedAt, DateTimeOffset LastSavedAt)
{
    public Culture Culture { get; init; } = Culture.Fr;
    /// <summary>An organisation named by the submitter that is not in the directory yet.</summary>
    public string? NewOrganisation { get; init; }
    /// <summary>Once approved: the initiative it created or changed.</summary>
    public Guid? PublishedItemId { get; init; }
    /// <summary>Once rejected: the moderator's reason, written for the submitter.</summary>
    public string? ReviewReason { get; init; }
    /// <summary>Once marked as a duplicate: the initiative it duplicates.</summary>
    public Guid? DuplicateOf { get; init; }
}
