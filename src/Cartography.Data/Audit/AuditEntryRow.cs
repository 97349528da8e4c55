namespace Cartography.Data.Audit;

/// <summary>One line of the audit log: who did what to what, and when. Rows are only ever added.</summary>
public sealed class AuditEntryRow
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public string? Subject { get; set; }
    public string? Detail { get; set; }
}
