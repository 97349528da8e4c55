using Cartography.Data.Registration;
using Cartography.Web.Features.Email;

namespace Cartography.Web.Features.Backoffice.Moderation;

/// <summary>A moderator's decision as the page reports it: how it ended and, when it was made, what became of the email to the submitter.</summary>
public sealed record ModerationResult(ModerationStatus Status, EmailOutcome? Email = null, Guid? InitiativeId = null);
