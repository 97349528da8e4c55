using Cartography.Core.Content;

namespace Cartography.Data.Editorial;

/// <summary>
/// The result of an editorial operation: its status and, when it wrote a version, that version's number. A
/// <see cref="EditStatus.Conflict"/> carries what the editor needs to merge by hand, an <see cref="EditStatus.Invalid"/>
/// the rules the content breaks.
/// </summary>
public sealed record EditOutcome(EditStatus Status, Guid ItemId, int? Version = null, EditConflict? Conflict = null)
{
    public IReadOnlyList<RuleViolation> Violations { get; init; } = [];

    public bool Succeeded => Status is EditStatus.Created or EditStatus.Saved or EditStatus.Published or EditStatus.Unpublished
        or EditStatus.RolledBack or EditStatus.Deleted or EditStatus.Scheduled;

    internal static EditOutcome Refused(EditStatus status, Guid itemId) => new(status, itemId);

    internal static EditOutcome Invalid(Guid itemId, IReadOnlyList<RuleViolation> violations) => new(EditStatus.Invalid, itemId) { Violations = violations };
}
