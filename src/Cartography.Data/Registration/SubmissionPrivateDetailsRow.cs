namespace Cartography.Data.Registration;

/// <summary>
/// Personal data of a submission, in its own table so that it is never read by accident with the public fields
/// and can be erased on its own when it is no longer needed.
/// </summary>
public sealed class SubmissionPrivateDetailsRow
{
    public Guid SubmissionId { get; set; }
    public required string SubmitterName { get; set; }
    public required string SubmitterEmail { get; set; }
    public required string SubmitterRole { get; set; }
    public DateTime ConsentGivenUtc { get; set; }
    public required string PrivacyNoticeVersion { get; set; }
}
