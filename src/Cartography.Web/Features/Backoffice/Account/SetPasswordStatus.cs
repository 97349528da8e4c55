namespace Cartography.Web.Features.Backoffice.Account;

public enum SetPasswordStatus
{
    PasswordSet,

    /// <summary>The link is unknown, tampered with, expired or already used.</summary>
    LinkInvalid,

    /// <summary>The password does not follow the rules; the link still works.</summary>
    PasswordRejected,
}
