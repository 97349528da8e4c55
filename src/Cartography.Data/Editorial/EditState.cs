namespace Cartography.Data.Editorial;

/// <summary>The badge an item shows in the back office.</summary>
public enum EditState
{
    /// <summary>Never published.</summary>
    Draft,
    /// <summary>Waiting for a publish time.</summary>
    Scheduled,
    /// <summary>Public, with a draft newer than the published version.</summary>
    ChangedSincePublished,
    Published,
    /// <summary>Was public once, taken off the site.</summary>
    Unpublished,
    /// <summary>Kept for history, hidden from lists.</summary>
    Deleted,
}
