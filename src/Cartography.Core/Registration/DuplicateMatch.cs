namespace Cartography.Core.Registration;

/// <summary>An initiative (or a pending submission) that a submission may duplicate, and why.</summary>
public sealed record DuplicateMatch(Guid Id, DuplicateReasons Reasons);
