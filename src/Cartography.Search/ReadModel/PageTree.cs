using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Search.ReadModel;

/// <summary>
/// The published pages as the public site walks them: top-level pages and their children in order, found by slug
/// (a child under its parent's slug), by key, and by where they are linked from. A child whose parent is not
/// published has no address, so it is left out.
/// </summary>
public sealed class PageTree
{
    private readonly Dictionary<Guid, PublishedPage> byId;
    private readonly Dictionary<string, PublishedPage> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<(Culture, string), PublishedPage> topBySlug = [];
    private readonly Dictionary<(Culture, Guid, string), PublishedPage> childBySlug = [];
    private readonly ILookup<Guid, PublishedPage> children;

    public static PageTree Empty { get; } = new([]);

    public PageTree(IEnumerable<PublishedPage> pages)
    {
        var all = pages.ToList();
        var ids = all.Select(p => p.Id).ToHashSet();
        var topIds = all.Where(p => p.Content.ParentId is null).Select(p => p.Id).ToHashSet();
        // Reachable: top-level pages, and children of a published top-level page (never deeper).
        All = all.Where(p => p.Content.ParentId is not { } parent || topIds.Contains(parent) && ids.Contains(parent))
            .OrderBy(p => p.Content.Order).ThenBy(p => p.Content.Title.For(Culture.Fr).Text, StringComparer.Ordinal).ToList();
        byId = All.ToDictionary(p => p.Id);
        children = All.Where(p => p.Content.ParentId is not null).ToLookup(p => p.Content.ParentId!.Value);
        Top = All.Where(p => p.Content.ParentId is null).ToList();
        foreach (var page in All)
        {
            if (page.Key is { } key) byKey.TryAdd(key, page);
            foreach (var (culture, slug) in page.Content.Slug.Values)
                if (page.Content.ParentId is { } parent) childBySlug.TryAdd((culture, parent, slug), page);
                else topBySlug.TryAdd((culture, slug), page);
        }
    }

    /// <summary>Every reachable page, in order.</summary>
    public IReadOnlyList<PublishedPage> All { get; }

    /// <summary>Top-level pages, in order.</summary>
    public IReadOnlyList<PublishedPage> Top { get; }

    public PublishedPage? Find(Guid id) => byId.GetValueOrDefault(id);

    public PublishedPage? FindByKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The page at /{lang}/{slug}.</summary>
    public PublishedPage? Find(Culture culture, string slug) => topBySlug.GetValueOrDefault((culture, slug));

    /// <summary>The page at /{lang}/{parentSlug}/{slug}.</summary>
    public PublishedPage? Find(Culture culture, string parentSlug, string slug) =>
        Find(culture, parentSlug) is { } parent ? childBySlug.GetValueOrDefault((culture, parent.Id, slug)) : null;

    public PublishedPage? ParentOf(PublishedPage page) => page.Content.ParentId is { } id ? Find(id) : null;

    public IReadOnlyList<PublishedPage> ChildrenOf(PublishedPage page) => children[page.Id].ToList();

    /// <summary>The page's siblings in order, itself included: the top-level pages for a top-level page.</summary>
    public IReadOnlyList<PublishedPage> SiblingsOf(PublishedPage page) =>
        page.Content.ParentId is { } parent ? children[parent].ToList() : Top;

    /// <summary>The sibling before and after the page (children of one parent: the guide's chapters).</summary>
    public (PublishedPage? Previous, PublishedPage? Next) NeighboursOf(PublishedPage page)
    {
        if (page.Content.ParentId is null) return (null, null);
        var siblings = SiblingsOf(page);
        var at = siblings.ToList().FindIndex(p => p.Id == page.Id);
        return (at > 0 ? siblings[at - 1] : null, at >= 0 && at < siblings.Count - 1 ? siblings[at + 1] : null);
    }

    /// <summary>Pages linked from the header or the footer, in order.</summary>
    public IReadOnlyList<PublishedPage> LinkedFrom(PageLink place) => All.Where(p => p.Content.LinkedFrom == place).ToList();
}
