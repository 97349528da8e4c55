using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// Public addresses allocated against the database: a slug is taken when another item of the type holds it in
/// <c>content_slugs</c>, whose primary key refuses a second holder, so of two items published at once with the same
/// name one loses its race, runs again and gets "-2".
/// </summary>
internal static class SlugReservations
{
    /// <summary>The slugs an item goes public with: the ones it has and is free to keep, and new ones for the rest.</summary>
    public static async Task<LocalizedText> CompleteAsync(CartographyDbContext context, string type, Guid id, LocalizedText name, LocalizedText current,
        CancellationToken cancellationToken)
    {
        var slugs = LocalizedText.Empty;
        foreach (var culture in Culture.All)
        {
            var wanted = current.In(culture);
            if (wanted is null || await HolderAsync(context, type, culture, wanted, cancellationToken) is { } holder && holder != id)
            {
                var stem = Slugs.From(name.For(culture).Text);
                var start = stem.Length == 0 ? "item" : stem;
                var taken = await context.ContentSlugs.AsNoTracking()
                    .Where(s => s.Type == type && s.Culture == culture.Code && s.Slug.StartsWith(start) && s.ItemId != id)
                    .Select(s => s.Slug).ToListAsync(cancellationToken);
                var takenSet = taken.ToHashSet(StringComparer.Ordinal);
                // A page's slug is a first path segment: the site's own addresses count as taken.
                if (type == nameof(ContentType.Page)) takenSet.UnionWith(PageRules.ReservedSlugs);
                wanted = Slugs.Unique(stem, takenSet.Contains);
            }
            slugs = slugs.With(culture, wanted);
        }
        return slugs;
    }

    /// <summary>Records the item's slugs as taken, in the caller's transaction; those it already holds are left as they are.</summary>
    public static async Task ReserveAsync(CartographyDbContext context, string type, Guid id, LocalizedText slugs, bool isNew, CancellationToken cancellationToken)
    {
        if (slugs.IsEmpty) return;
        HashSet<(string, string)> held = isNew ? [] : (await context.ContentSlugs.AsNoTracking().Where(s => s.ItemId == id && s.Type == type)
            .Select(s => new { s.Culture, s.Slug }).ToListAsync(cancellationToken)).Select(h => (h.Culture, h.Slug)).ToHashSet();
        foreach (var (culture, slug) in slugs.Values)
            if (!held.Contains((culture.Code, slug)))
                context.ContentSlugs.Add(new ContentSlugRow { Type = type, Culture = culture.Code, Slug = slug, ItemId = id });
    }

    private static Task<Guid?> HolderAsync(CartographyDbContext context, string type, Culture culture, string slug, CancellationToken cancellationToken) =>
        context.ContentSlugs.AsNoTracking().Where(s => s.Type == type && s.Culture == culture.Code && s.Slug == slug)
            .Select(s => (Guid?)s.ItemId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The slugs of content that has them (initiatives, portraits, organisations, resources, pages); null for the other types.</summary>
    public static LocalizedText? Of(object content) => content switch
    {
        Initiative initiative => initiative.Slug,
        Portrait portrait => portrait.Slug,
        Organisation organisation => organisation.Slug,
        Resource resource => resource.Slug,
        Page page => page.Slug,
        _ => null,
    };

    public static LocalizedText NameOf(object content) => content switch
    {
        Initiative initiative => initiative.Name,
        Portrait portrait => portrait.Title,
        Organisation organisation => organisation.Name,
        Resource resource => resource.Title,
        Page page => page.Title,
        _ => LocalizedText.Empty,
    };

    public static object With(object content, LocalizedText slugs) => content switch
    {
        Initiative initiative => initiative with { Slug = slugs },
        Portrait portrait => portrait with { Slug = slugs },
        Organisation organisation => organisation with { Slug = slugs },
        Resource resource => resource with { Slug = slugs },
        Page page => page with { Slug = slugs },
        _ => content,
    };
}
