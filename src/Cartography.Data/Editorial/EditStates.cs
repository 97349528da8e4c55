using Cartography.Data.Storage;

namespace Cartography.Data.Editorial;

/// <summary>The badge an item row earns; stamped on the row at every save so lists can filter and sort on it.</summary>
internal static class EditStates
{
    public static EditState Of(ContentItemRow i) =>
        i.DeletedUtc != null ? EditState.Deleted
        : i.PublishAtUtc != null ? EditState.Scheduled
        : i.PublishedVersion == null ? (i.UnpublishedUtc != null ? EditState.Unpublished : EditState.Draft)
        : i.PublishedVersion == i.LatestVersion ? EditState.Published
        : EditState.ChangedSincePublished;
}
