using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>Moves the published mark on a tracked item row and its version rows; shared by editors' actions and the scheduler.</summary>
internal static class PublishingRows
{
    public static async Task PublishLatestAsync(CartographyDbContext context, ContentItemRow row, DateTime now, CancellationToken cancellationToken)
    {
        int[] numbers = row.PublishedVersion is { } previous ? [previous, row.LatestVersion] : [row.LatestVersion];
        var versions = await context.ContentVersions.Where(v => v.ItemId == row.Id && numbers.Contains(v.Number)).ToListAsync(cancellationToken);
        foreach (var version in versions) version.PublishedUtc = version.Number == row.LatestVersion ? now : null;
        row.PublishedVersion = row.LatestVersion;
        row.UnpublishedUtc = null;
        row.PublishAtUtc = null;
        row.Revision++;
        ItemHistory.PublicStateChanged(context, row, now);
    }

    public static async Task UnpublishAsync(CartographyDbContext context, ContentItemRow row, DateTime now, CancellationToken cancellationToken)
    {
        var published = row.PublishedVersion;
        var version = await context.ContentVersions.SingleAsync(v => v.ItemId == row.Id && v.Number == published, cancellationToken);
        version.PublishedUtc = null;
        row.PublishedVersion = null;
        row.UnpublishedUtc = now;
        row.UnpublishAtUtc = null;
        row.Revision++;
        ItemHistory.PublicStateChanged(context, row, now);
    }
}
