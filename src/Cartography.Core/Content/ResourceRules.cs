using Cartography.Core.Taxonomy;

namespace Cartography.Core.Content;

/// <summary>What makes a resource fit to save: a title, known category and language, and a link a browser opens as a web page.</summary>
public static class ResourceRules
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 4000;
    public const int MaxAuthorsLength = 300;
    public const int MaxLinkLength = 500;
    public const int FirstYear = 1900;

    public static IReadOnlyList<RuleViolation> Validate(Resource resource, TermSet terms, int currentYear)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message) => violations.Add(new(field, code, message));

        if (resource.Title.IsEmpty) Fail("title", "Rule_Title_Required", "a title is required in at least one language");
        foreach (var (culture, title) in resource.Title.Values)
            if (title.Length > MaxTitleLength) Fail("title", "Rule_Title_TooLong", $"the {culture} title is longer than {MaxTitleLength} characters");
        foreach (var (culture, summary) in resource.Summary.Values)
            if (summary.Length > MaxSummaryLength) Fail("summary", "Rule_Summary_TooLong", $"the {culture} summary is longer than {MaxSummaryLength} characters");
        if (!terms.Contains(Vocabulary.ResourceCategory, resource.Category))
            Fail("category", "Rule_Category_Unknown", $"'{resource.Category}' is not a resource category");
        if (!ServiceLanguages.IsKnown(resource.DocumentLanguage))
            Fail("document_language", "Rule_Language_Unknown", $"'{resource.DocumentLanguage}' is not a known language code");
        if (resource.Authors is { Length: > MaxAuthorsLength })
            Fail("authors", "Rule_Authors_TooLong", $"the authors are longer than {MaxAuthorsLength} characters");
        if (resource.Year is { } year && (year < FirstYear || year > currentYear + 1))
            Fail("year", "Rule_Year_OutOfRange", $"the year must lie between {FirstYear} and {currentYear + 1}");
        // The link becomes an href on public pages: only http(s), never javascript:, data: or a relative path.
        if (resource.Link is { } link && (link.Length > MaxLinkLength || !WebAddress.IsValid(link)))
            Fail("link", "Rule_Link_Invalid", $"'{link}' is not a web address starting with http:// or https://");
        return violations;
    }
}
