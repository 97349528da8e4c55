using Cartography.Core.Content;
using Cartography.Core.Taxonomy;

namespace Cartography.Data.Writing;

/// <summary>Core's rules for whichever content type is written.</summary>
internal static class ContentRules
{
    public static IReadOnlyList<RuleViolation> Validate(object content, TermSet terms, int currentYear) => content switch
    {
        Initiative initiative => InitiativeRules.Validate(initiative, terms, currentYear),
        Organisation organisation => OrganisationRules.Validate(organisation, terms),
        Portrait portrait => PortraitRules.Validate(portrait),
        Resource resource => ResourceRules.Validate(resource, terms, currentYear),
        Page page => PageRules.Validate(page),
        _ => throw new ArgumentException($"{content.GetType().Name} is not a content type.", nameof(content)),
    };

    // What a new item has not been given yet: the back office creates it from a name alone, the editor fills the rest
    // before the first save. Whatever it does hold (a name, a link) must already be right.
    private static readonly HashSet<string> NotYetGiven =
        ["Rule_Sector_Required", "Rule_Type_Required", "Rule_PostalCode_Required", "Rule_City_Required", "Rule_ImageAlt_Required"];

    /// <summary>The rules a new item's first version must meet: those of its filled fields.</summary>
    public static IReadOnlyList<RuleViolation> ValidateNew(object content, TermSet terms, int currentYear) =>
        Validate(content, terms, currentYear).Where(v => !NotYetGiven.Contains(v.Code) && !IsEmptyField(content, v)).ToList();

    private static bool IsEmptyField(object content, RuleViolation violation) => (content, violation.Code) switch
    {
        (Initiative i, "Rule_PostalCode_Invalid") => string.IsNullOrEmpty(i.Address.PostalCode),
        (Initiative i, "Rule_Status_Unknown") => string.IsNullOrEmpty(i.Status),
        (Resource r, "Rule_Category_Unknown") => string.IsNullOrEmpty(r.Category),
        _ => false,
    };
}
