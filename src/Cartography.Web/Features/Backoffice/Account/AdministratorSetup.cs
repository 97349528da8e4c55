using Cartography.Core.Content;
using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Microsoft.AspNetCore.Identity;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>The roles, and the first administrator: created without a password, which its owner sets through a one-time link.</summary>
public sealed class AdministratorSetup(UserManager<CartographyUser> users, RoleManager<IdentityRole> roles, SetPasswordLinks links, AuditLog audit)
{
    public const string CliActor = "command line";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in BackofficeRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Require(await roles.CreateAsync(new IdentityRole(role)));
    }

    public async Task<bool> AnyAdministratorAsync() =>
        await roles.RoleExistsAsync(BackofficeRoles.Admin) && (await users.GetUsersInRoleAsync(BackofficeRoles.Admin)).Count > 0;

    public async Task<CreateAdminOutcome> CreateAdminAsync(string email)
    {
        email = email.Trim();
        if (!EmailAddress.IsValid(email)) return new CreateAdminOutcome(CreateAdminStatus.InvalidEmail);
        await EnsureRolesAsync();

        var user = await users.FindByEmailAsync(email);
        var status = user is null ? CreateAdminStatus.Created : CreateAdminStatus.Reused;
        if (user is null)
        {
            user = new CartographyUser { UserName = email, Email = email };
            Require(await users.CreateAsync(user));
        }
        foreach (var other in (await users.GetRolesAsync(user)).Where(r => r != BackofficeRoles.Admin))
            Require(await users.RemoveFromRoleAsync(user, other));
        if (!await users.IsInRoleAsync(user, BackofficeRoles.Admin)) Require(await users.AddToRoleAsync(user, BackofficeRoles.Admin));

        await audit.RecordAsync(CliActor, AccountActions.AdminCreated, email, status.ToString());
        return new CreateAdminOutcome(status, await links.CreateAsync(user));
    }

    // Only a broken database makes these fail: the inputs were checked before.
    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
