using System.Text;
using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Cartography.Web.Features.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>
/// One-time links to choose a password, built on Identity's password-reset tokens: they expire after
/// <c>Cartography:Accounts:SetPasswordLinkLifetime</c>, and setting a password changes the security stamp, which
/// voids every link issued before.
/// </summary>
public sealed class SetPasswordLinks(UserManager<CartographyUser> users, PublicAddress address, AuditLog audit)
{
    public async Task<string> CreateAsync(CartographyUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return BackofficeLinks.SetPasswordLink(address.Base(), user.Id, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
    }

    public async Task<bool> IsValidAsync(string? userId, string? token) =>
        await FindAsync(userId, token) is ({ } user, { } identityToken)
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<CartographyUser>.ResetPasswordTokenPurpose, identityToken);

    public async Task<SetPasswordOutcome> SetPasswordAsync(string? userId, string? token, string password)
    {
        if (await FindAsync(userId, token) is not ({ } user, { } identityToken)) return SetPasswordOutcome.Of(SetPasswordStatus.LinkInvalid);
        var result = await users.ResetPasswordAsync(user, identityToken, password);
        if (result.Succeeded)
        {
            await audit.RecordAsync(user.UserName!, AccountActions.PasswordSet, user.UserName);
            return SetPasswordOutcome.Of(SetPasswordStatus.PasswordSet);
        }
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))) return SetPasswordOutcome.Of(SetPasswordStatus.LinkInvalid);
        return new SetPasswordOutcome(SetPasswordStatus.PasswordRejected, result.Errors.Select(e => e.Description).ToList());
    }

    private async Task<(CartographyUser? User, string? Token)> FindAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token)) return (null, null);
        try
        {
            return (await users.FindByIdAsync(userId), Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token)));
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
