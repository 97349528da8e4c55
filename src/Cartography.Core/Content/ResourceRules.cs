using System.Text.RegularExpressions;
using Cartography.Core.Taxonomy;

namespace Cartography.Core.Content;

/// <summary>
/// What makes a resource fit to save: a plain-text title, known category, themes and language, a link a browser opens
/// as a web page, and a DOI in its bare form.
/// </summary>
public static partial class ResourceRules
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 4000;
    public const int MaxAuthorsLength = 300;
    public const int MaxPublisherLength = 200;
    public const int MaxLinkLength = 500;
    public const int MaxDoiLength = 200;
    public const int MaxThemes = 10;
    public const int FirstYear = 1900;
    public const string DoiResolver = "https://doi.org/";

    public static IReadOnlyList<RuleViolation> Validate(Resource resource, TermSet terms, int currentYear)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message) => violations.Add(new(field, code, message));

        if (resource.Title.IsEmpty) Fail("title", "Rule_Title_Required", "a title is required in at least one language");
        foreach (var (culture, title) in resource.Title.Values)
        {
            if (title.Length > MaxTitleLength) Fail("title", "Rule_Title_TooLong", $"the {culture} title is longer than {MaxTitleLength} characters");
            // Titles are shown as text: asterisks or brackets typed as Markdown would show as such.
            if (LooksLikeMarkdown(title)) Fail("title", "Rule_Title_Markdown", $"the {culture} title holds Markdown (emphasis or a link); titles are plain text");
        }
        foreach (var (culture, summary) in resource.Summary.Values)
            if (summary.Length > MaxSummaryLength) Fail("summary", "Rule_Summary_TooLong", $"the {culture} annotation is longer than {MaxSummaryLength} characters");
        if (!terms.Contains(Vocabulary.ResourceCategory, resource.Category))
            Fail("category", "Rule_Category_Unknown", $"'{resource.Category}' is not a resource category");
        if (resource.Themes.Count > MaxThemes) Fail("themes", "Rule_Themes_TooMany", $"more than {MaxThemes} themes");
        foreach (var theme in resource.Themes)
            if (!terms.Contains(Vocabulary.ResourceTheme, theme)) Fail("themes", "Rule_Theme_Unknown", $"'{theme}' is not a resource theme");
        if (!ServiceLanguages.IsKnown(resource.DocumentLanguage))
            Fail("document_language", "Rule_Language_Unknown", $"'{resource.DocumentLanguage}' is not a known language code");
        if (resource.Authors is { Length: > MaxAuthorsLength })
            Fail("authors", "Rule_Authors_TooLong", $"the authors are longer than {MaxAuthorsLength} characters");
        if (resource.Publisher is { Length: > MaxPublisherLength })
            Fail("publisher", "Rule_Publisher_TooLong", $"the publisher is longer than {MaxPublisherLength} characters");
        if (resource.Year is { } year && (year < FirstYear || year > currentYear + 1))
            Fail("year", "Rule_Year_OutOfRange", $"the year must lie between {FirstYear} and {currentYear + 1}");
        // The link becomes an href on public pages: only http(s), never javascript:, data: or a relative path.
        if (resource.Link is { } link && (link.Length > MaxLinkLength || !WebAddress.IsValid(link)))
            Fail("link", "Rule_Link_Invalid", $"'{link}' is not a web address starting with http:// or https://");
        if (resource.Doi is { } doi && !IsDoi(doi))
            Fail("doi", "Rule_Doi_Invalid", $"'{doi}' is not a DOI such as 10.1007/s00127-019-01739-1");
        return violations;
    }

    /// <summary>A bare DOI: <c>10.</c>, a registrant code of digits (and dots), a slash, then a suffix without spaces.</summary>
    public static bool IsDoi(string? value) => value is { Length: > 0 and <= MaxDoiLength } && Doi().IsMatch(value);

    /// <summary>Markdown a title must not hold: <c>*emphasis*</c>, <c>**strong**</c>, <c>_emphasis_</c>, <c>`code`</c>, <c>[text](link)</c>.</summary>
    public static bool LooksLikeMarkdown(string text) => Markdown().IsMatch(text);

    [GeneratedRegex(@"^10\.\d{4,9}(\.\d+)*/[^\s<>""]+$")]
    private static partial Regex Doi();

    [GeneratedRegex(@"\*[^\s*][^*]*\*|\*\*|(?<![\p{L}\p{N}])_[^\s_][^_]*_(?![\p{L}\p{N}])|`[^`]+`|\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Markdown();
}
