using Cartography.Core.Content;

namespace Cartography.Core.Registration;

/// <summary>
/// What a service sent through the registration form: the initiative as it would appear in public and, when it
/// proposes to change one already published, that initiative's id. Who sent it is kept apart, in
/// <see cref="PrivateDetails"/>, so that no public view of a submission can carry it.
/// </summary>
public sealed record Submission(Initiative Proposed, PrivateDetails Private, Guid? Changes = null);
