using Cartography.Core.Taxonomy;

namespace Cartography.Core.Content;

/// <summary>What makes an organisation fit to save: a name, a known kind if any, and a web address if any.</summary>
public static class OrganisationRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 8000;

    public static IReadOnlyList<RuleViolation> Validate(Organisation organisation, TermSet terms)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message) => violations.Add(new(field, code, message));

        if (organisation.Name.IsEmpty) Fail("name", "Rule_Name_Required", "a name is required in at least one language");
        foreach (var (culture, name) in organisation.Name.Values)
            if (name.Length > MaxNameLength) Fail($"name_{culture}", "Rule_Name_TooLong", $"the {culture} name is longer than {MaxNameLength} characters");
        foreach (var (culture, text) in organisation.Description.Values)
            if (text.Length > MaxDescriptionLength) Fail($"description_{culture}", "Rule_Description_TooLong", $"the {culture} description is longer than {MaxDescriptionLength} characters");
        if (organisation.Kind is { } kind && !terms.Contains(Vocabulary.OrganisationKind, kind))
            Fail("kind", "Rule_OrganisationKind_Unknown", $"'{kind}' is not an organisation kind");
        if (organisation.Website is { } website && !WebAddress.IsValid(website))
            Fail("website", "Rule_Website_Invalid", $"'{website}' is not a web address starting with http:// or https://");
        return violations;
    }
}
