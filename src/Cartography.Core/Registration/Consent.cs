namespace Cartography.Core.Registration;

/// <summary>When the submitter agreed to the privacy notice, and which version of it they were shown.</summary>
public sealed record Consent(DateTimeOffset GivenAt, string PrivacyNoticeVersion);
