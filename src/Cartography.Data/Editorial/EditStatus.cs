namespace Cartography.Data.Editorial;

/// <summary>How an editorial operation ended. Refusals are expected answers, not exceptions; a refused operation wrote nothing.</summary>
public enum EditStatus
{
    Created,
    Saved,
    Published,
    Unpublished,
    RolledBack,
    Deleted,
    Scheduled,

    NotFound,
    /// <summary>The item was deleted; it is kept for history but can no longer be edited.</summary>
    ItemDeleted,
    /// <summary>Someone saved a newer version than the one the editor started from; see <see cref="EditOutcome.Conflict"/>.</summary>
    Conflict,
    KeyTaken,
    AlreadyPublished,
    NotPublished,
    VersionNotFound,
    /// <summary>The unpublish time is not after the publish time.</summary>
    UnpublishBeforePublish,
    ScheduleInThePast,
    /// <summary>The actor's role does not allow this operation (a translator creating, publishing, rolling back...).</summary>
    Forbidden,
    /// <summary>A translator changed something besides the texts of their cultures.</summary>
    OutsideCultures,
    /// <summary>The content breaks Core's rules; see <see cref="EditOutcome.Violations"/>.</summary>
    Invalid,
}
