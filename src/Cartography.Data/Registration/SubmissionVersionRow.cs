namespace Cartography.Data.Registration;

/// <summary>The proposed initiative as sent (version 1) or as later corrected by the submitter, as JSON. Rows are only added.</summary>
public sealed class SubmissionVersionRow
{
    public long Id { get; set; }
    public Guid SubmissionId { get; set; }
    public int Number { get; set; }
    public required string Data { get; set; }
    /// <summary>An organisation the submitter named that is not in the directory yet; null when the data names one that is.</summary>
    public string? NewOrganisation { get; set; }
    public DateTime SavedUtc { get; set; }
}
