using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Data.Content;

/// <summary>Gives items a slug per culture, unique within their type; an item keeps the slugs it already has.</summary>
public sealed class SlugAllocator
{
    private readonly Dictionary<Culture, Dictionary<string, Guid>> taken = Culture.All.ToDictionary(c => c, _ => new Dictionary<string, Guid>());

    public SlugAllocator(IEnumerable<(Guid Id, LocalizedText Slug)> existing)
    {
        foreach (var (id, slug) in existing)
            foreach (var (culture, value) in slug.Values)
                taken[culture].TryAdd(value, id);
    }

    /// <summary>Slugs for every culture: the current one where the item has it, else made from the title (with fallback).</summary>
    public LocalizedText Allocate(Guid id, LocalizedText title, LocalizedText current)
    {
        var slugs = LocalizedText.Empty;
        foreach (var culture in Culture.All)
        {
            var slug = current.In(culture);
            if (slug is null || (taken[culture].TryGetValue(slug, out var owner) && owner != id))
                slug = Slugs.Unique(Slugs.From(title.For(culture).Text), s => taken[culture].TryGetValue(s, out var o) && o != id);
            taken[culture][slug] = id;
            slugs = slugs.With(culture, slug);
        }
        return slugs;
    }
}
