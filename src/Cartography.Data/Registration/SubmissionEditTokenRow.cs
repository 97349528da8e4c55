namespace Cartography.Data.Registration;

/// <summary>An edit link given to a submitter. Only the SHA-256 of the token is kept: the database alone cannot open a submission.</summary>
public sealed class SubmissionEditTokenRow
{
    public long Id { get; set; }
    public Guid SubmissionId { get; set; }
    public required byte[] TokenHash { get; set; }
    public DateTime IssuedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
