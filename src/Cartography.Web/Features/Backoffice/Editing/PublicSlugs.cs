using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>
/// Slugs for an item about to go public: the ones it has, and for each culture without one, a slug made from its name
/// in that culture (with fallback), unique among the published items of its type in the read model.
/// </summary>
public static class PublicSlugs
{
    public static LocalizedText Complete(LocalizedText current, LocalizedText name, Func<Culture, string, bool> isTaken)
    {
        var slugs = current;
        foreach (var culture in current.MissingCultures.ToList())
            slugs = slugs.With(culture, Slugs.Unique(Slugs.From(name.For(culture).Text), slug => isTaken(culture, slug)));
        return slugs;
    }

    /// <summary>For initiative <paramref name="id"/> (null: a new one): a slug is taken when another published initiative has it.</summary>
    public static LocalizedText ForInitiative(DirectorySnapshot snapshot, LocalizedText name, LocalizedText current, Guid? id = null) =>
        Complete(current, name, (culture, slug) => snapshot.FindInitiative(culture, slug) is { } other && other.Id != id);

    public static LocalizedText ForPortrait(DirectorySnapshot snapshot, LocalizedText title, LocalizedText current, Guid id) =>
        Complete(current, title, (culture, slug) => snapshot.FindPortrait(culture, slug) is { } other && other.Id != id);
}
