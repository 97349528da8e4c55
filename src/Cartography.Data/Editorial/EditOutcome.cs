namespace Cartography.Data.Editorial;

/// <summary>
/// The result of an editorial operation: its status and, when it wrote a version, that version's number. A
/// <see cref="EditStatus.Conflict"/> carries what the editor needs to merge by hand.
/// </summary>
public sealed record EditOutcome(EditStatus Status, Guid ItemId, int? Version = null, EditConflict? Conflict = null)
{
    public bool Succeeded => Status is EditStatus.Created or EditStatus.Saved or EditStatus.Published or EditStatus.Unpublished
        or EditStatus.RolledBack or EditStatus.Deleted or EditStatus.Scheduled;

    internal static EditOutcome Refused(EditStatus status, Guid itemId) => new(status, itemId);
}
