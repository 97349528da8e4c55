namespace Cartography.Data.Registration;

/// <summary>
/// A submission as just stored, with its edit token. The token is shown to the submitter once and never again:
/// the store keeps only its hash.
/// </summary>
public sealed record ReceivedSubmission(Guid Id, string EditToken, DateTimeOffset EditTokenExpiresAt);
