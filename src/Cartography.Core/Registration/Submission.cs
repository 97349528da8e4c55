using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Core.Registration;

/// <summary>
/// What a service sent through the registration form: the initiative as it would appear in public and, when it
/// proposes to change one already published, that initiative's id. Who sent it is kept apart, in
/// <see cref="PrivateDetails"/>, so that no public view of a submission can carry it.
/// </summary>
public sealed record Submission(Initiative Proposed, PrivateDetails Private, Guid? Changes = null)
{
    /// <summary>The language the submitter wrote in: the emails about this submission are written in it.</summary>
    public Culture Culture { get; init; } = Culture.Fr;

    /// <summary>
    /// The name of an organisation not yet in the directory, for a moderator to create on approval; null when
    /// <see cref="Initiative.OrganisationId"/> names one already there (or none is given).
    /// </summary>
    public string? NewOrganisation { get; init; }
}
