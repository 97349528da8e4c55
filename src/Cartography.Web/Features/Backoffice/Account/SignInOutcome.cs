namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>What a sign-in step came to; <see cref="RetryAfter"/> is set for <see cref="SignInStatus.TooManyAttempts"/>.</summary>
public sealed record SignInOutcome(SignInStatus Status, TimeSpan RetryAfter = default)
{
    public static readonly SignInOutcome SignedIn = new(SignInStatus.SignedIn);
    public static readonly SignInOutcome RequiresCode = new(SignInStatus.RequiresCode);
    public static readonly SignInOutcome Failed = new(SignInStatus.Failed);
    public static readonly SignInOutcome CodeFailed = new(SignInStatus.CodeFailed);
    public static readonly SignInOutcome CodeLockedOut = new(SignInStatus.CodeLockedOut);
    public static readonly SignInOutcome NoCodeExpected = new(SignInStatus.NoCodeExpected);

    public static SignInOutcome TooMany(TimeSpan retryAfter) => new(SignInStatus.TooManyAttempts, retryAfter);
}
