using Cartography.Core.Content;
using Cartography.Core.Registration;

namespace Cartography.Data.Registration;

/// <summary>The public side of a submission: its latest proposed content and where it stands. Carries no private details.</summary>
public sealed record SubmittedContent(
    Guid Id, SubmissionStatus Status, Initiative Proposed, Guid? Changes, int Version, DateTimeOffset ReceivedAt, DateTimeOffset LastSavedAt);
