namespace Cartography.Data.Registration;

/// <summary>
/// A reminder sent to a published initiative's public contact to confirm or update it: when, and the hash of the
/// token its link carries. The address it went to is not kept (it is the initiative's public contact at the time).
/// </summary>
public sealed class VerificationReminderRow
{
    public long Id { get; set; }
    public Guid ItemId { get; set; }
    public required byte[] TokenHash { get; set; }
    public DateTime SentUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    /// <summary>When the link was used to confirm the record (a confirmed link cannot confirm again).</summary>
    public DateTime? ConfirmedUtc { get; set; }
}
