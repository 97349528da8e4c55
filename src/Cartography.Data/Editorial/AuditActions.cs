namespace Cartography.Data.Editorial;

/// <summary>The audit trail's action keys for content.</summary>
public static class AuditActions
{
    public const string Create = "content.create";
    public const string Save = "content.save";
    public const string Publish = "content.publish";
    public const string Unpublish = "content.unpublish";
    public const string Rollback = "content.rollback";
    public const string Delete = "content.delete";
    public const string Schedule = "content.schedule";
    /// <summary>An item written by a batch: the seed, a CSV import, <c>generate</c>.</summary>
    public const string Import = "content.import";

    /// <summary>The actor of what the due-schedule runner does.</summary>
    public const string Scheduler = "scheduler";
}
