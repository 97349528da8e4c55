using Cartography.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>
/// The two sign-in steps (password, then the authenticator code when two-step verification is on), limited per client
/// address by <see cref="SignInThrottle"/> and per account by Identity's lockout, and audited by <see cref="SignInAudit"/>.
/// An unknown address, an account without a password and a locked account cost one password hash check and get the
/// answer of a wrong password, so neither the text nor the time tells whether an account exists or is locked.
/// </summary>
public sealed class SignInAttempts(SignInManager<CartographyUser> signIn, IPasswordHasher<CartographyUser> hasher, SignInThrottle throttle, SignInAudit audit)
{
    public const string PasswordStep = "password";
    public const string CodeStep = "two-factor";

    // Hashed once per process with the site's own hasher settings, so checking against it costs what a real check costs.
    private static string? dummyHash;

    public async Task<SignInOutcome> PasswordAsync(HttpContext http, string email, string password)
    {
        var address = ClientAddress.Of(http);
        if (await RefusedAsync(address) is { } refused) return refused;
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(email);
        if (user is null || user.PasswordHash is null || await users.IsLockedOutAsync(user))
        {
            hasher.VerifyHashedPassword(user ?? new CartographyUser(), dummyHash ??= hasher.HashPassword(new CartographyUser(), Guid.NewGuid().ToString()), password);
            return await FailedAsync(email, address, PasswordStep, SignInOutcome.Failed);
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.SucceededAsync(email);
            return SignInOutcome.SignedIn;
        }
        if (result.RequiresTwoFactor) return SignInOutcome.RequiresCode;
        // Locked just now by this failure (a locked account was answered above): the one row that says so.
        if (result.IsLockedOut) await audit.LockedOutAsync(email, address, PasswordStep);
        return await FailedAsync(email, address, PasswordStep, SignInOutcome.Failed);
    }

    public async Task<SignInOutcome> CodeAsync(HttpContext http, string code)
    {
        var address = ClientAddress.Of(http);
        if (await RefusedAsync(address) is { } refused) return refused;
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return SignInOutcome.NoCodeExpected;
        var account = user.UserName!;
        if (await signIn.UserManager.IsLockedOutAsync(user)) return await FailedAsync(account, address, CodeStep, SignInOutcome.CodeLockedOut);
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await audit.SucceededAsync(account, CodeStep);
            return SignInOutcome.SignedIn;
        }
        if (result.IsLockedOut)
        {
            await audit.LockedOutAsync(account, address, CodeStep);
            return await FailedAsync(account, address, CodeStep, SignInOutcome.CodeLockedOut);
        }
        return await FailedAsync(account, address, CodeStep, SignInOutcome.CodeFailed);
    }

    private async Task<SignInOutcome?> RefusedAsync(string address)
    {
        if (throttle.WaitFor(address) is not { } wait) return null;
        await audit.ThrottledAsync(address);
        return SignInOutcome.TooMany(wait);
    }

    private async Task<SignInOutcome> FailedAsync(string account, string address, string step, SignInOutcome outcome)
    {
        throttle.Failed(address);
        await audit.FailedAsync(account, address, step);
        return outcome;
    }
}
