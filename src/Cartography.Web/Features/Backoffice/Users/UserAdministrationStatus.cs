namespace Cartography.Web.Features.Backoffice.Users;

public enum UserAdministrationStatus
{
    Done,
    NotFound,
    InvalidEmail,
    AlreadyExists,
    UnknownRole,

    /// <summary>A translator needs at least one culture to translate into.</summary>
    CulturesRequired,

    /// <summary>The change would leave the back office without an administrator.</summary>
    LastAdministrator,
}
