using System.Security.Claims;
using Cartography.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>Puts the display name, the preferred language and a translator's cultures into the sign-in cookie.</summary>
public sealed class BackofficeClaimsFactory(UserManager<CartographyUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CartographyUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CartographyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BackofficeClaims.DisplayName, user.Name));
        if (user.Preferred() is { } culture) identity.AddClaim(new Claim(BackofficeClaims.Culture, culture.Code));
        if (user.TranslatorCultures is { Length: > 0 } cultures) identity.AddClaim(new Claim(BackofficeClaims.TranslatorCultures, cultures));
        return identity;
    }
}
