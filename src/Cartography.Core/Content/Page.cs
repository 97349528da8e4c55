using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>
/// One of the site's own editorial pages (about, how the map is made, the guide and its chapters, the legal notice):
/// a tree of at most two levels, each page with its slug per culture and its place among its siblings.
/// </summary>
public sealed record Page
{
    public required LocalizedText Title { get; init; }
    /// <summary>One or two sentences, plain text: the page's lead and its meta description.</summary>
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
    /// <summary>Markdown, rendered and sanitized on display; headings from ##.</summary>
    public LocalizedText Body { get; init; } = LocalizedText.Empty;
    public LocalizedText Slug { get; init; } = LocalizedText.Empty;
    /// <summary>The parent page (a top-level page: none); a child is published at /{lang}/{parent-slug}/{slug}.</summary>
    public Guid? ParentId { get; init; }
    /// <summary>Position among siblings, ascending.</summary>
    public int Order { get; init; }
    public PageLink LinkedFrom { get; init; } = PageLink.None;
    /// <summary>Parts rendered from data after the body (<see cref="PageBlocks.Known"/>).</summary>
    public IReadOnlyList<string> Blocks { get; init; } = [];
    /// <summary>Resources of the library the page links ("In the library").</summary>
    public IReadOnlyList<Guid> ResourceIds { get; init; } = [];
}
