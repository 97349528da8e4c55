using Cartography.Core.Registration;

namespace Cartography.Data.Registration;

/// <summary>
/// A submission and the moderator's decision on it. Holds nothing about the submitter: that is in
/// <see cref="SubmissionPrivateDetailsRow"/>; the proposed content is in <see cref="SubmissionVersionRow"/>s.
/// </summary>
public sealed class SubmissionRow
{
    public Guid Id { get; set; }
    public SubmissionStatus Status { get; set; }
    /// <summary>The published initiative this submission proposes to change; null for a new initiative.</summary>
    public Guid? ChangesItemId { get; set; }
    public DateTime ReceivedUtc { get; set; }
    public int LatestVersion { get; set; }
    /// <summary>The submitter's language (fr, nl, en): emails about the submission are written in it.</summary>
    public string Culture { get; set; } = "fr";
    /// <summary>Once approved: the initiative it created or changed.</summary>
    public Guid? PublishedItemId { get; set; }

    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }
    public string? ReviewReason { get; set; }
    /// <summary>For <see cref="SubmissionStatus.Duplicate"/>: the submission or content item it duplicates.</summary>
    public Guid? DuplicateOfId { get; set; }
}
