namespace Cartography.Web.Features.Backoffice.Account;

public enum SignInStatus
{
    SignedIn,
    /// <summary>The password was right; the code from the authenticator app comes next.</summary>
    RequiresCode,
    /// <summary>Wrong address, wrong password, or a locked account: one answer for all three.</summary>
    Failed,
    /// <summary>A wrong code, or an account locked at the code step (only someone who gave the right password learns it).</summary>
    CodeFailed,
    CodeLockedOut,
    /// <summary>No password step just before the code step.</summary>
    NoCodeExpected,
    /// <summary>Too many failures from the client's address: refused unread until <see cref="SignInOutcome.RetryAfter"/>.</summary>
    TooManyAttempts,
}
