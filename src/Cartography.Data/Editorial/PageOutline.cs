using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// The back office's tree of pages from their latest versions (drafts included): top-level pages in order, each
/// followed by its children in order. A page whose parent was deleted shows at the top level, marked as such.
/// </summary>
public sealed class PageOutline(CartographyDatabase database)
{
    public async Task<IReadOnlyList<PageOutlineEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var type = nameof(ContentType.Page);
        await using var context = database.CreateContext();
        var rows = await (from item in context.ContentItems
                          join version in context.ContentVersions on new { ItemId = item.Id, Number = item.LatestVersion } equals new { version.ItemId, version.Number }
                          where item.Type == type && item.DeletedUtc == null
                          select new { item.Id, item.Key, item.EditState, item.PublishAtUtc, version.Data }).AsNoTracking().ToListAsync(cancellationToken);
        var pages = rows.Select(r => new Line(r.Id, r.Key, r.EditState,
            r.PublishAtUtc is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : (DateTimeOffset?)null,
            ContentJson.Read<Page>(r.Data))).ToList();
        var ids = pages.Select(p => p.Id).ToHashSet();
        static string Sort(Page page) => page.Title.For(Culture.Fr).Text;
        static PageOutlineEntry Entry(Line p, int depth, bool orphan) => new(
            p.Id, p.Key, p.Page.Title, p.Page.ParentId, p.Page.Order, p.Page.LinkedFrom, depth, orphan, p.State, p.PublishAt);
        var outline = new List<PageOutlineEntry>();
        var top = pages.Where(p => p.Page.ParentId is not { } parent || !ids.Contains(parent))
            .OrderBy(p => p.Page.Order).ThenBy(p => Sort(p.Page), StringComparer.Ordinal);
        foreach (var page in top)
        {
            outline.Add(Entry(page, 0, page.Page.ParentId is not null));
            foreach (var child in pages.Where(p => p.Page.ParentId == page.Id).OrderBy(p => p.Page.Order).ThenBy(p => Sort(p.Page), StringComparer.Ordinal))
                outline.Add(Entry(child, 1, false));
        }
        return outline;
    }

    private sealed record Line(Guid Id, string? Key, EditState State, DateTimeOffset? PublishAt, Page Page);
}

/// <summary>A line of the page tree: depth 0 for a top-level page, 1 for a child.</summary>
public sealed record PageOutlineEntry(
    Guid Id, string? Key, LocalizedText Title, Guid? ParentId, int Order, PageLink LinkedFrom, int Depth, bool ParentDeleted,
    EditState State, DateTimeOffset? PublishAt);
