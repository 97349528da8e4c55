namespace Cartography.Data.Registration;

/// <summary>The answer to an edit token: its status and, when <see cref="EditTokenStatus.Found"/>, the submission it opens.</summary>
public sealed record EditTokenLookup(EditTokenStatus Status, SubmittedContent? Submission = null);
