using Cartography.Core.Content;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Registration;

public static class FormMessages
{
    /// <summary>One localized message per field id, in the order of the violations (the form's order).</summary>
    public static IReadOnlyDictionary<string, string> ByField(IStringLocalizer<SharedResource> localizer, IEnumerable<RuleViolation> violations)
    {
        var messages = new Dictionary<string, string>();
        foreach (var violation in violations) messages.TryAdd(violation.Field, RuleMessages.Message(localizer, violation));
        return messages;
    }
}
