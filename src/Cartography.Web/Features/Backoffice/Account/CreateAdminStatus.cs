namespace Cartography.Web.Features.Backoffice.Account;

public enum CreateAdminStatus
{
    Created,

    /// <summary>The account existed; it is an administrator now and gets a new link.</summary>
    Reused,

    InvalidEmail,
}
