using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// Fills the list columns of items written before those columns existed (their author is blank), from each item's
/// latest version. Run at start-up; when every item is filled it costs one query.
/// </summary>
public sealed class ItemColumnsBackfill(CartographyDatabase database)
{
    private const int BatchSize = 1000;

    public async Task<int> FillAsync(CancellationToken cancellationToken = default)
    {
        var filled = 0;
        while (true)
        {
            await using var context = database.CreateContext();
            var rows = await context.ContentItems.Where(i => i.LastSavedBy == "").OrderBy(i => i.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (rows.Count == 0) return filled;
            var ids = rows.Select(r => r.Id).ToList();
            var latest = await (from item in context.ContentItems
                                join version in context.ContentVersions on new { ItemId = item.Id, Number = item.LatestVersion } equals new { version.ItemId, version.Number }
                                where ids.Contains(item.Id)
                                select new { version.ItemId, version.Data, version.Author, version.SavedUtc })
                .AsNoTracking().ToDictionaryAsync(v => v.ItemId, cancellationToken);
            foreach (var row in rows)
            {
                var version = latest[row.Id];
                ItemColumns.DescribeLatest(row, ContentJson.Read(row.Type, version.Data), version.Author, version.SavedUtc);
                row.Revision++;
            }
            await context.SaveChangesAsync(cancellationToken);
            filled += rows.Count;
        }
    }
}
