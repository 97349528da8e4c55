namespace Cartography.Data.Registration;

/// <summary>The result of a correction: its status and, when it wrote one, the new version's number.</summary>
public sealed record SubmissionUpdate(SubmissionUpdateStatus Status, int? Version = null);
