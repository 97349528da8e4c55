namespace Cartography.Core.Registration;

/// <summary>The part of a submission that is never published: who sent it and the consent they gave.</summary>
public sealed record PrivateDetails(Submitter Submitter, Consent Consent);
