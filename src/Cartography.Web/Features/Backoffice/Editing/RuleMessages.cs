using Cartography.Core.Content;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>Rule violations as localized messages grouped by field, the shape the editors' Errors parameter takes.</summary>
public static class RuleMessages
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByField(IStringLocalizer<SharedResource> localizer, IEnumerable<RuleViolation> violations) =>
        violations.GroupBy(v => v.Field).ToDictionary(
            group => group.Key,
            group => (IReadOnlyList<string>)group.Select(v => Message(localizer, v)).Distinct().ToList());

    /// <summary>The violation's message in the interface culture, with its arguments; its English text if the code has no resource.</summary>
    public static string Message(IStringLocalizer<SharedResource> localizer, RuleViolation violation)
    {
        var localized = localizer[violation.Code, [.. violation.Arguments]];
        return localized.ResourceNotFound ? violation.Message : localized.Value;
    }
}
