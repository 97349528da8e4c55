namespace Cartography.Data.Registration;

/// <summary>The proposed initiative as sent (version 1) or as later corrected by the submitter, as JSON. Rows are only added.</summary>
public sealed class SubmissionVersionRow
{
    public long Id { get; set; }
    public Guid SubmissionId { get; set; }
    public int Number { get; set; }
    public required string Data { get; set; }
    public DateTime SavedUtc { get; set; }
}
