namespace Cartography.Core.Publishing;

/// <summary>The outcome of a publishing operation. Expected refusals are values, not exceptions.</summary>
public enum PublishingStatus
{
    Published,
    AlreadyPublished,
    Unpublished,
    NotPublished,
    RolledBack,
    VersionNotFound,
}
