namespace Cartography.Core.Registration;

/// <summary>Where a submission stands in moderation. Only a pending submission can still be changed by its submitter.</summary>
public enum SubmissionStatus
{
    Pending,
    Approved,
    Rejected,
    /// <summary>The same initiative is already in the directory or was already submitted; see the duplicate-of id.</summary>
    Duplicate,
    /// <summary>The submitter took it back.</summary>
    Withdrawn,
}
