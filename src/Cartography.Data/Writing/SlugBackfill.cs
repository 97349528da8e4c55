using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// Once, at start-up, records the slugs of items written before the slug table existed (published and latest
/// versions), so the content service allocates around them. Where old data holds the same slug twice, the first
/// item by id keeps it in the table.
/// </summary>
public sealed class SlugBackfill(CartographyDatabase database, Markers markers)
{
    public const string Marker = "content-slugs-reserved";
    private const int BatchSize = 1000;

    public async Task<int> FillAsync(CancellationToken cancellationToken = default)
    {
        if (await markers.IsSetAsync(Marker, cancellationToken)) return 0;
        var reserved = 0;
        string[] types = [nameof(ContentType.Initiative), nameof(ContentType.Portrait), nameof(ContentType.Organisation), nameof(ContentType.Resource)];
        foreach (var type in types)
        {
            HashSet<(string, string)> taken;
            await using (var context = database.CreateContext())
                taken = (await context.ContentSlugs.AsNoTracking().Where(s => s.Type == type).Select(s => new { s.Culture, s.Slug }).ToListAsync(cancellationToken))
                    .Select(s => (s.Culture, s.Slug)).ToHashSet();
            Guid? after = null;
            while (true)
            {
                await using var context = database.CreateContext();
                var items = context.ContentItems.AsNoTracking().Where(i => i.Type == type);
                if (after is { } cursor) items = items.Where(i => i.Id.CompareTo(cursor) > 0);
                var page = await items.OrderBy(i => i.Id).Take(BatchSize).Select(i => new { i.Id, i.LatestVersion, i.PublishedVersion }).ToListAsync(cancellationToken);
                if (page.Count == 0) break;
                after = page[^1].Id;
                var ids = page.Select(p => p.Id).ToList();
                var versions = await context.ContentVersions.AsNoTracking().Where(v => ids.Contains(v.ItemId))
                    .Select(v => new { v.ItemId, v.Number, v.Data }).ToListAsync(cancellationToken);
                foreach (var item in page)
                    foreach (var version in versions.Where(v => v.ItemId == item.Id && (v.Number == item.PublishedVersion || v.Number == item.LatestVersion)))
                        foreach (var (culture, slug) in SlugReservations.Of(ContentJson.Read(type, version.Data))?.Values ?? [])
                            if (taken.Add((culture.Code, slug)))
                            {
                                context.ContentSlugs.Add(new ContentSlugRow { Type = type, Culture = culture.Code, Slug = slug, ItemId = item.Id });
                                reserved++;
                            }
                await context.SaveChangesAsync(cancellationToken);
            }
        }
        await markers.SetAsync(Marker, cancellationToken);
        return reserved;
    }
}
