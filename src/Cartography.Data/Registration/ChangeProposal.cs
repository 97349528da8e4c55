namespace Cartography.Data.Registration;

/// <summary>The result of proposing changes to a published initiative: Updated with the new submission, or why not.</summary>
public sealed record ChangeProposal(SubmissionUpdateStatus Status, ReceivedSubmission? Received = null);
