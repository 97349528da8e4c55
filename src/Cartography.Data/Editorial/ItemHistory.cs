using Cartography.Data.Audit;
using Cartography.Data.Storage;

namespace Cartography.Data.Editorial;

/// <summary>The rows that go with every editorial change, in its transaction: the audit line and, when the public site changes, a change row.</summary>
internal static class ItemHistory
{
    public static void Audit(CartographyDbContext context, DateTime at, string actor, string action, Guid itemId, string? detail) =>
        context.AuditEntries.Add(new AuditEntryRow { AtUtc = at, Actor = actor, Action = action, Subject = itemId.ToString(), Detail = detail });

    /// <summary>Every node's read model and search index catch up from these rows; drafts never reach them.</summary>
    public static void PublicStateChanged(CartographyDbContext context, ContentItemRow row, DateTime at) =>
        context.ContentChanges.Add(new ContentChangeRow { ItemId = row.Id, Type = row.Type, ChangedUtc = at });
}
