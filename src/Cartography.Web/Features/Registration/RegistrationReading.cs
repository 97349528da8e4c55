using Cartography.Core.Content;
using Cartography.Core.Registration;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// What a posted form amounts to: the initiative it proposes, a new organisation's name if it named one not in the
/// directory, the submitter when the form asked, and every problem, keyed by field id in the form's order.
/// </summary>
public sealed record RegistrationReading(
    Initiative Initiative, string? NewOrganisation, Submitter? Submitter, IReadOnlyList<RuleViolation> Violations)
{
    public bool IsValid => Violations.Count == 0;
}
