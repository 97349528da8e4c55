namespace Cartography.Data.Audit;

/// <summary>A page of the audit log, newest first, optionally of one action only.</summary>
public sealed record AuditQuery(string? Action = null, int Skip = 0, int Take = 50);
