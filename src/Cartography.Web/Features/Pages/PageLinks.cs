using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Cartography.Web.Features.Shared;

namespace Cartography.Web.Features.Pages;

/// <summary>
/// The pages the site links by key (the footer's about, how the map is made, accessibility, legal notice; the header's
/// guide): the published page when there is one, else the stand-in of <see cref="Links"/>, so the link never 404s.
/// </summary>
public static class PageLinks
{
    public const string AboutKey = "about";
    public const string HowTheMapIsMadeKey = "how-the-map-is-made";
    public const string GuideKey = "guide";
    public const string AccessibilityKey = "accessibility";
    public const string LegalNoticeKey = "legal-notice";

    /// <summary>The keys the footer names itself, in its order; other footer pages follow them.</summary>
    public static readonly IReadOnlyList<string> FooterKeys = [AboutKey, HowTheMapIsMadeKey, AccessibilityKey, LegalNoticeKey];

    public static string Of(Culture culture, PageTree pages, PublishedPage page) =>
        Links.Page(culture, page.Content, pages.ParentOf(page)?.Content);

    public static string About(Culture culture, PageTree pages) => ByKey(culture, pages, AboutKey) ?? Links.About(culture);

    public static string HowTheMapIsMade(Culture culture, PageTree pages) => ByKey(culture, pages, HowTheMapIsMadeKey) ?? Links.HowTheMapIsMade(culture);

    public static string Accessibility(Culture culture, PageTree pages) => ByKey(culture, pages, AccessibilityKey) ?? Links.Accessibility(culture);

    public static string LegalNotice(Culture culture, PageTree pages) => ByKey(culture, pages, LegalNoticeKey) ?? Links.LegalNotice(culture);

    /// <summary>The methodological guide; null while it is not published (the header then has no such entry).</summary>
    public static string? Guide(Culture culture, PageTree pages) => ByKey(culture, pages, GuideKey);

    private static string? ByKey(Culture culture, PageTree pages, string key) =>
        pages.FindByKey(key) is { } page ? Of(culture, pages, page) : null;
}
