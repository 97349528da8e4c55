using System.Linq.Expressions;
using Cartography.Data.Storage;

namespace Cartography.Data.Editorial;

/// <summary>The badge of an item row, written once as an expression so the database can sort on it and code can read it.</summary>
internal static class EditStates
{
    public static readonly Expression<Func<ContentItemRow, EditState>> OfRow = i =>
        i.DeletedUtc != null ? EditState.Deleted
        : i.PublishAtUtc != null ? EditState.Scheduled
        : i.PublishedVersion == null ? (i.UnpublishedUtc != null ? EditState.Unpublished : EditState.Draft)
        : i.PublishedVersion == i.LatestVersion ? EditState.Published
        : EditState.ChangedSincePublished;

    public static readonly Func<ContentItemRow, EditState> Of = OfRow.Compile();
}
