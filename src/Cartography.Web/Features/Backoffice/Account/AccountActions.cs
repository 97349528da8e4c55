namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>The audit log's action keys for accounts. Stable: the audit page filters on them.</summary>
public static class AccountActions
{
    public const string SignIn = "account.sign-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    /// <summary>An address refused for too many failed sign-ins (the actor is the address).</summary>
    public const string SignInThrottled = "account.sign-in-throttled";
    public const string SignOut = "account.sign-out";
    public const string PasswordSet = "account.password-set";
    public const string TwoFactorEnabled = "account.two-factor-enabled";
    public const string TwoFactorDisabled = "account.two-factor-disabled";
    public const string AdminCreated = "account.admin-created";
    public const string Invited = "account.invited";
    public const string Removed = "account.removed";
    public const string RoleChange = "account.role-change";
    public const string Unlocked = "account.unlocked";
}
