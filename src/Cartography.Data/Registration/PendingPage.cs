namespace Cartography.Data.Registration;

/// <summary>One page of the moderation queue, oldest first, and how many submissions are pending in all.</summary>
public sealed record PendingPage(IReadOnlyList<SubmittedContent> Submissions, int Total);
