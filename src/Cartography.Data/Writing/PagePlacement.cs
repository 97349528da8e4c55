using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// Where a page may sit in the tree, which its own rules cannot see: its parent is another page that exists and is
/// top-level, and a page with children takes no parent (two levels at most: the guide and its chapters, no cycles).
/// </summary>
internal static class PagePlacement
{
    private static readonly string Type = nameof(ContentType.Page);

    public static async Task<IReadOnlyList<RuleViolation>> CheckAsync(CartographyDbContext context, Guid id, Page page, CancellationToken cancellationToken)
    {
        if (page.ParentId is not { } parentId) return [];
        if (parentId == id) return [new("parent", "Rule_Parent_Self", "a page cannot be its own parent")];
        var pages = await LatestPagesAsync(context, cancellationToken);
        if (!pages.TryGetValue(parentId, out var parent))
            return [new("parent", "Rule_Parent_Unknown", "the parent is not a page of the site")];
        if (parent.ParentId is not null)
            return [new("parent", "Rule_Parent_TooDeep", "the parent is itself a child page: pages go two levels deep at most")];
        if (pages.Any(p => p.Key != id && p.Value.ParentId == id))
            return [new("parent", "Rule_Parent_HasChildren", "this page has child pages, so it stays at the top level")];
        return [];
    }

    /// <summary>The latest version of every page not deleted (a few dozen: read whole).</summary>
    private static async Task<Dictionary<Guid, Page>> LatestPagesAsync(CartographyDbContext context, CancellationToken cancellationToken)
    {
        var rows = await (from item in context.ContentItems
                          join version in context.ContentVersions on new { ItemId = item.Id, Number = item.LatestVersion } equals new { version.ItemId, version.Number }
                          where item.Type == Type && item.DeletedUtc == null
                          select new { item.Id, version.Data }).AsNoTracking().ToListAsync(cancellationToken);
        var pages = rows.ToDictionary(r => r.Id, r => ContentJson.Read<Page>(r.Data));
        // Pages created or saved in this transaction are only in the change tracker yet.
        foreach (var item in context.ContentItems.Local.Where(i => i.Type == Type && i.DeletedUtc == null))
            if (context.ContentVersions.Local.FirstOrDefault(v => v.ItemId == item.Id && v.Number == item.LatestVersion) is { } local)
                pages[item.Id] = ContentJson.Read<Page>(local.Data);
        return pages;
    }
}
