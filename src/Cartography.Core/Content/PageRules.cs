using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>
/// What makes a page fit to save: a title, bounded texts, well-formed slugs that take no address the site already
/// uses, known blocks, and no parent of its own making. Where the parent sits in the tree (it exists, it is top-level)
/// needs the other pages: the content service checks that.
/// </summary>
public static class PageRules
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 500;
    public const int MaxBodyLength = 60_000;
    public const int MaxBlocks = 8;
    public const int MaxResources = 50;
    public const int MaxOrder = 10_000;

    /// <summary>
    /// First path segments under /{lang}/ that belong to the site's own pages and feeds: a page there would hide them
    /// (or be hidden), so no page slug may take one.
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "initiatives", "organisations", "portraits", "resources", "register", "contact", "privacy", "verify", "embed",
        "map", "search", "api", "hsds", "openapi", "backoffice", "error", "not-found", "healthz", "media", "lib", "css",
        "js", "img", "fonts", "framework", "sitemap", "sitemap-xml", "robots-txt", "favicon-ico", "feed", "export",
        "fr", "nl", "en", "de",
    };

    public static bool IsReserved(string slug) => ReservedSlugs.Contains(slug);

    public static IReadOnlyList<RuleViolation> Validate(Page page, Guid? id = null)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message, params string[] arguments) => violations.Add(new(field, code, message, arguments));

        if (page.Title.IsEmpty) Fail("title", "Rule_Title_Required", "a title is required in at least one language");
        foreach (var (culture, title) in page.Title.Values)
            if (title.Length > MaxTitleLength) Fail("title", "Rule_Title_TooLong", $"the {culture} title is longer than {MaxTitleLength} characters");
        foreach (var (culture, summary) in page.Summary.Values)
            if (summary.Length > MaxSummaryLength) Fail("summary", "Rule_PageSummary_TooLong", $"the {culture} summary is longer than {MaxSummaryLength} characters", MaxSummaryLength.ToString());
        foreach (var (culture, body) in page.Body.Values)
            if (body.Length > MaxBodyLength) Fail("body", "Rule_Body_TooLong", $"the {culture} body is longer than {MaxBodyLength} characters", MaxBodyLength.ToString());
        foreach (var (culture, slug) in page.Slug.Values)
        {
            if (!Slugs.IsWellFormed(slug))
                Fail("slug", "Rule_Slug_Invalid", $"the {culture} slug '{slug}' is not lower-case letters, digits and hyphens", slug);
            else if (IsReserved(slug))
                Fail("slug", "Rule_Slug_Reserved", $"the {culture} slug '{slug}' is an address the site already uses", slug);
        }
        if (id is not null && page.ParentId == id) Fail("parent", "Rule_Parent_Self", "a page cannot be its own parent");
        if (page.Order is < 0 or > MaxOrder) Fail("order", "Rule_Order_OutOfRange", $"the order must lie between 0 and {MaxOrder}", MaxOrder.ToString());
        if (!Enum.IsDefined(page.LinkedFrom)) Fail("linkedFrom", "Rule_LinkedFrom_Unknown", "linked from must be header, footer or none");
        if (page.Blocks.Count > MaxBlocks) Fail("blocks", "Rule_Blocks_TooMany", $"a page has at most {MaxBlocks} blocks", MaxBlocks.ToString());
        foreach (var block in page.Blocks.Distinct())
            if (!PageBlocks.Known.Contains(block)) Fail("blocks", "Rule_Block_Unknown", $"'{block}' is not a block ({string.Join(", ", PageBlocks.Known)})", block);
        if (page.ResourceIds.Count > MaxResources) Fail("resources", "Rule_Resources_TooMany", $"a page links at most {MaxResources} resources", MaxResources.ToString());
        return violations;
    }
}
