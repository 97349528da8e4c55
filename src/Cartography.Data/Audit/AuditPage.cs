namespace Cartography.Data.Audit;

/// <summary>The entries of one page and how many entries match the query in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryRow> Entries, int Total);
