using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Cartography.Web.Features.Backoffice.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Web.Features.Backoffice.Users;

/// <summary>
/// What an administrator does to accounts: invite, change the role, unlock, remove. Each call works in its own scope
/// (a fresh database context), since a back office page lives as long as its circuit. Every change is audited; none
/// may leave the back office without an administrator.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<BackofficeUser>> ListAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        var accounts = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync();
        var list = new List<BackofficeUser>(accounts.Count);
        foreach (var user in accounts)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault();
            list.Add(new BackofficeUser(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, role, user.AssignedCultures(),
                user.LockoutEnd, user.PasswordHash is not null, user.TwoFactorEnabled));
        }
        return list;
    }

    public async Task<UserAdministrationOutcome> InviteAsync(string actor, Invitation invitation)
    {
        var email = invitation.Email.Trim();
        if (!EmailAddress.IsValid(email)) return UserAdministrationStatus.InvalidEmail;
        if (Problem(invitation.Role, invitation.TranslatorCultures) is { } problem) return problem;

        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        if (await users.FindByEmailAsync(email) is not null) return UserAdministrationStatus.AlreadyExists;
        await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().EnsureRolesAsync();
        var user = new CartographyUser { UserName = email, Email = email, DisplayName = invitation.DisplayName?.Trim() ?? "" };
        if (invitation.Role == BackofficeRoles.Translator) user.AssignCultures(invitation.TranslatorCultures);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            return created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? UserAdministrationStatus.AlreadyExists
                : UserAdministrationStatus.InvalidEmail;
        Require(await users.AddToRoleAsync(user, invitation.Role));

        await audit.RecordAsync(actor, AccountActions.Invited, email, Describe(invitation.Role, user.AssignedCultures()));
        var link = await scope.ServiceProvider.GetRequiredService<SetPasswordLinks>().CreateAsync(user);
        return new UserAdministrationOutcome(UserAdministrationStatus.Done, link);
    }

    public async Task<UserAdministrationOutcome> ChangeRoleAsync(string actor, string userId, string role, IReadOnlyCollection<Culture> translatorCultures)
    {
        if (Problem(role, translatorCultures) is { } problem) return problem;
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        if (await users.FindByIdAsync(userId) is not { } user) return UserAdministrationStatus.NotFound;

        var before = await users.GetRolesAsync(user);
        if (before.Contains(BackofficeRoles.Admin) && role != BackofficeRoles.Admin && await IsLastAdministratorAsync(users))
            return UserAdministrationStatus.LastAdministrator;
        var culturesBefore = user.AssignedCultures();
        user.AssignCultures(role == BackofficeRoles.Translator ? translatorCultures : []);
        if (before.SequenceEqual([role]) && culturesBefore.SequenceEqual(user.AssignedCultures())) return UserAdministrationOutcome.Done;

        Require(await users.UpdateAsync(user));
        if (before.Count > 0) Require(await users.RemoveFromRolesAsync(user, before));
        Require(await users.AddToRoleAsync(user, role));
        await audit.RecordAsync(actor, AccountActions.RoleChange, user.Email,
            $"{Describe(before.FirstOrDefault() ?? "-", culturesBefore)} -> {Describe(role, user.AssignedCultures())}");
        return UserAdministrationOutcome.Done;
    }

    public async Task<UserAdministrationOutcome> UnlockAsync(string actor, string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        if (await users.FindByIdAsync(userId) is not { } user) return UserAdministrationStatus.NotFound;
        Require(await users.SetLockoutEndDateAsync(user, null));
        Require(await users.ResetAccessFailedCountAsync(user));
        await audit.RecordAsync(actor, AccountActions.Unlocked, user.Email);
        return UserAdministrationOutcome.Done;
    }

    public async Task<UserAdministrationOutcome> RemoveAsync(string actor, string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = Users(scope);
        if (await users.FindByIdAsync(userId) is not { } user) return UserAdministrationStatus.NotFound;
        if (await users.IsInRoleAsync(user, BackofficeRoles.Admin) && await IsLastAdministratorAsync(users))
            return UserAdministrationStatus.LastAdministrator;
        Require(await users.DeleteAsync(user));
        await audit.RecordAsync(actor, AccountActions.Removed, user.Email);
        return UserAdministrationOutcome.Done;
    }

    public DateTimeOffset Now => clock.GetUtcNow();

    private static UserAdministrationStatus? Problem(string role, IReadOnlyCollection<Culture> cultures) =>
        !BackofficeRoles.IsKnown(role) ? UserAdministrationStatus.UnknownRole
        : role == BackofficeRoles.Translator && cultures.Count == 0 ? UserAdministrationStatus.CulturesRequired
        : null;

    private static async Task<bool> IsLastAdministratorAsync(UserManager<CartographyUser> users) =>
        (await users.GetUsersInRoleAsync(BackofficeRoles.Admin)).Count <= 1;

    private static string Describe(string role, IReadOnlyList<Culture> cultures) =>
        cultures.Count == 0 ? role : $"{role} ({string.Join(", ", cultures)})";

    private static UserManager<CartographyUser> Users(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<CartographyUser>>();

    // Only a broken database makes these fail: the inputs were checked before.
    private static void Require(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
