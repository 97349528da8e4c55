namespace Cartography.Data.Registration;

/// <summary>How a moderator's decision ended. Anything but Done wrote nothing.</summary>
public enum ModerationStatus
{
    Done,
    NotFound,
    /// <summary>Someone already decided on it, or the submitter withdrew it.</summary>
    NotPending,
    /// <summary>The submitter corrected it after the moderator opened it: the moderator must look again.</summary>
    Changed,
    /// <summary>The initiative it proposes to change, or claims to duplicate, is not in the directory (any more).</summary>
    TargetMissing,
    /// <summary>
    /// Editors have an unpublished draft of the initiative this submission changes: publishing the submission would
    /// bury it. They publish or roll back their draft first.
    /// </summary>
    DraftPending,
    /// <summary>Other decisions kept landing at the same time.</summary>
    Conflict,
    /// <summary>The moderator's role may not publish.</summary>
    Forbidden,
    /// <summary>The proposed content breaks the directory's rules (see <see cref="ModerationOutcome.Violations"/>).</summary>
    Invalid,
}
