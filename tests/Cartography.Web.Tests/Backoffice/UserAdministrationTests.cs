using Cartography.Core.Cultures;
using Cartography.Data.Audit;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Account;
using Cartography.Web.Features.Backoffice.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// What the users page does, through the service it calls (its buttons need a circuit); the page itself is checked
/// for what it lists.
/// </summary>
public class UserAdministrationTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private UserAdministration Administration => factory.Services.GetRequiredService<UserAdministration>();
    private AuditLog Audit => factory.Services.GetRequiredService<AuditLog>();
    private static string NewEmail() => $"user-{Guid.NewGuid():n}@example.org";

    [Fact]
    public async Task An_invitation_creates_the_account_without_a_password_and_hands_back_a_working_link()
    {
        var email = NewEmail();

        var outcome = await Administration.InviteAsync("admin@example.org", new Invitation(email, "Ann", BackofficeRoles.Translator, [Culture.Nl, Culture.En]));

        Assert.Equal(UserAdministrationStatus.Done, outcome.Status);
        var account = Assert.Single(await Administration.ListAsync(), u => u.Email == email);
        Assert.Equal((BackofficeRoles.Translator, "Ann", false), (account.Role, account.DisplayName, account.HasPassword));
        Assert.Equal([Culture.Nl, Culture.En], account.TranslatorCultures);
        var page = await factory.CreatePlainClient().GetAsync(new Uri(outcome.Link!).PathAndQuery, expectOk: true);
        Assert.NotNull(page.QuerySelector("input[name='Form.Password']"));
        var invited = Assert.Single((await Audit.PageAsync(new AuditQuery(AccountActions.Invited, Take: 500))).Entries, e => e.Subject == email);
        Assert.Equal(("admin@example.org", "Translator (nl, en)"), (invited.Actor, invited.Detail));
    }

    [Theory]
    [InlineData("not-an-address", BackofficeRoles.Editor, UserAdministrationStatus.InvalidEmail)]
    [InlineData("new@example.org", "Owner", UserAdministrationStatus.UnknownRole)]
    [InlineData("new@example.org", BackofficeRoles.Translator, UserAdministrationStatus.CulturesRequired)]
    public async Task An_invitation_with_a_problem_is_refused_and_creates_nothing(string email, string role, UserAdministrationStatus expected)
    {
        var outcome = await Administration.InviteAsync("admin@example.org", new Invitation(email, null, role, []));

        Assert.Equal(expected, outcome.Status);
        Assert.Null(outcome.Link);
        Assert.DoesNotContain(await Administration.ListAsync(), u => u.Email == email);
    }

    [Fact]
    public async Task Inviting_an_address_that_has_an_account_is_refused()
    {
        var existing = await factory.CreateUserAsync(BackofficeRoles.Editor);

        var outcome = await Administration.InviteAsync("admin@example.org", new Invitation(existing.Email!.ToUpperInvariant(), null, BackofficeRoles.Admin, []));

        Assert.Equal(UserAdministrationStatus.AlreadyExists, outcome.Status);
    }

    [Fact]
    public async Task A_role_change_is_audited_and_reaches_the_signed_in_user_at_the_next_sign_in()
    {
        var (client, user) = await factory.SignInAsNewUserAsync(BackofficeRoles.Editor);
        Assert.Equal(302, (int)(await client.GetAsync("/backoffice/users")).StatusCode);

        var outcome = await Administration.ChangeRoleAsync("admin@example.org", user.Id, BackofficeRoles.Admin, []);

        Assert.Equal(UserAdministrationStatus.Done, outcome.Status);
        var change = Assert.Single((await Audit.PageAsync(new AuditQuery(AccountActions.RoleChange, Take: 500))).Entries, e => e.Subject == user.Email);
        Assert.Equal(("admin@example.org", "Editor -> Admin"), (change.Actor, change.Detail));
        var again = factory.CreatePlainClient();
        await again.SignInAsync(user.Email!, BackofficeSignIn.Password);
        Assert.Equal(200, (int)(await again.GetAsync("/backoffice/users")).StatusCode);
    }

    [Fact]
    public async Task The_last_administrator_can_be_neither_demoted_nor_removed()
    {
        await using var site = new CartographyFactory();
        var administration = site.Services.GetRequiredService<UserAdministration>();
        var only = await site.CreateUserAsync(BackofficeRoles.Admin);

        Assert.Equal(UserAdministrationStatus.LastAdministrator, (await administration.ChangeRoleAsync(only.Email!, only.Id, BackofficeRoles.Editor, [])).Status);
        Assert.Equal(UserAdministrationStatus.LastAdministrator, (await administration.RemoveAsync(only.Email!, only.Id)).Status);

        var second = await site.CreateUserAsync(BackofficeRoles.Admin);
        Assert.Equal(UserAdministrationStatus.Done, (await administration.RemoveAsync(second.Email!, only.Id)).Status);
        Assert.Equal(UserAdministrationStatus.LastAdministrator, (await administration.ChangeRoleAsync(second.Email!, second.Id, BackofficeRoles.Translator, [Culture.Fr])).Status);
        Assert.Equal([second.Email], (await administration.ListAsync()).Select(u => u.Email));
    }

    [Fact]
    public async Task A_removed_user_cannot_sign_in_and_the_removal_is_audited()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Translator);

        var outcome = await Administration.RemoveAsync("admin@example.org", user.Id);

        Assert.Equal(UserAdministrationStatus.Done, outcome.Status);
        Assert.Equal(200, (int)(await factory.CreatePlainClient().SignInAsync(user.Email!, BackofficeSignIn.Password)).StatusCode);
        Assert.Contains((await Audit.PageAsync(new AuditQuery(AccountActions.Removed, Take: 500))).Entries, e => e.Subject == user.Email);
        Assert.Equal(UserAdministrationStatus.NotFound, (await Administration.RemoveAsync("admin@example.org", user.Id)).Status);
    }

    [Fact]
    public async Task The_users_page_lists_each_account_with_its_role_and_offers_an_invitation_form()
    {
        var translator = await factory.CreateUserAsync(BackofficeRoles.Translator);
        var client = await factory.SignInAsAsync(BackofficeRoles.Admin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var page = await client.GetAsync("/backoffice/users", expectOk: true);

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains(translator.Email!));
        Assert.Equal(BackofficeRoles.Translator, row.QuerySelector("select option[selected]")?.GetAttribute("value") ?? row.QuerySelector("select")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("label[for=invite-email]"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_audit_page_shows_the_newest_entries_first()
    {
        var (client, admin) = await factory.SignInAsNewUserAsync(BackofficeRoles.Admin);
        await Audit.RecordAsync(admin.Email!, "test.newest", "subject-of-the-newest");

        var page = await client.GetAsync("/backoffice/audit", expectOk: true);

        var first = page.QuerySelector("table tbody tr")!;
        Assert.Contains("subject-of-the-newest", first.TextContent);
        Assert.Contains(page.QuerySelectorAll("#audit-action option"), o => o.GetAttribute("value") == AccountActions.SignIn);
    }
}
