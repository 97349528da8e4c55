using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.Resources;

/// <summary>
/// The library's search, from the page's GET form: words (each must appear in the title, authors, publisher or
/// annotation, in any culture, case and accents ignored) and one category, theme and document language. A loop over
/// the published resources: the library holds tens of entries, not the directory's thousands, so no index is needed.
/// </summary>
public sealed record ResourceQuery(string? Text, string? Category, string? Theme, string? Language)
{
    public const int MaxTextLength = 200;

    public bool IsEmpty => Words.Count == 0 && Category is null && Theme is null && Language is null;

    /// <summary>The folded words of the text, at most ten.</summary>
    public IReadOnlyList<string> Words { get; } = TextFolding.Fold(Cut(Text) ?? "")
        .Split((char[])[' ', '\t', '\n', '\r', ',', ';', '.', ':', '-', '\'', '’', '"'], StringSplitOptions.RemoveEmptyEntries).Take(10).ToList();

    /// <summary>The query from the address's values: an unknown category, theme or language is no filter, not an error.</summary>
    public static ResourceQuery Parse(string? text, string? category, string? theme, string? language, DirectorySnapshot snapshot) => new(
        Cut(text)?.Trim() is { Length: > 0 } t ? t : null,
        snapshot.Terms.Contains(Core.Taxonomy.Vocabulary.ResourceCategory, category ?? "") ? category : null,
        snapshot.Terms.Contains(Core.Taxonomy.Vocabulary.ResourceTheme, theme ?? "") ? theme : null,
        ServiceLanguages.IsKnown(language ?? "") ? language : null);

    public IReadOnlyList<Published<Resource>> Apply(IEnumerable<Published<Resource>> resources) =>
        resources.Where(r => Matches(r.Content)).ToList();

    public bool Matches(Resource resource)
    {
        if (Category is not null && resource.Category != Category) return false;
        if (Theme is not null && !resource.Themes.Contains(Theme)) return false;
        if (Language is not null && resource.DocumentLanguage != Language) return false;
        if (Words.Count == 0) return true;
        var haystack = TextFolding.Fold(string.Join(" ", [
            .. resource.Title.Values.Select(v => v.Value), resource.Authors ?? "", resource.Publisher ?? "",
            .. resource.Summary.Values.Select(v => v.Value)]));
        return Words.All(word => haystack.Contains(word, StringComparison.Ordinal));
    }

    private static string? Cut(string? text) => text is { Length: > MaxTextLength } ? text[..MaxTextLength] : text;
}
