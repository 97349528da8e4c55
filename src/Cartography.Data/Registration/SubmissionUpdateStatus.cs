namespace Cartography.Data.Registration;

/// <summary>How a submitter's correction ended. Anything but Updated wrote nothing.</summary>
public enum SubmissionUpdateStatus
{
    Updated,
    Expired,
    Revoked,
    Unknown,
    /// <summary>A moderator already decided on the submission, or it was withdrawn.</summary>
    NotPending,
    /// <summary>Changes can be proposed only from the link of a submission that was approved and published.</summary>
    NotPublished,
    /// <summary>Other corrections kept landing at the same time; nothing was written.</summary>
    Conflict,
}
