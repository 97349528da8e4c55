namespace Cartography.Data.Freshness;

/// <summary>
/// What a reminder's link opens. A malformed token, one never issued, and one whose initiative has since left the
/// public site (unpublished or deleted) are all Unknown.
/// </summary>
public enum VerificationStatus
{
    Found,
    Expired,
    Confirmed,
    Unknown,
}
