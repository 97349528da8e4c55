using System.Text.RegularExpressions;
using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Account;
using Cartography.Web.Features.Backoffice.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>The site with small limits (3 failures per address, a lockout after 5 from anywhere) and a hasher that counts its checks.</summary>
public sealed class SignInLimitsFactory : CartographyFactory
{
    public const int PerAddress = 3;
    public const int PerAccount = 5;

    public CountingHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Accounts:FailedSignInsPerAddress", PerAddress.ToString());
        builder.UseSetting("Cartography:Accounts:MaxFailedSignIns", PerAccount.ToString());
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<CartographyUser>>(Hasher));
    }
}

/// <summary>Identity's own hasher, counting how many passwords it checked.</summary>
public sealed class CountingHasher : IPasswordHasher<CartographyUser>
{
    private readonly PasswordHasher<CartographyUser> inner = new();
    private int verifications;

    public int Verifications => Volatile.Read(ref verifications);

    public string HashPassword(CartographyUser user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(CartographyUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref verifications);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public class SignInLimitsTests(SignInLimitsFactory factory) : IClassFixture<SignInLimitsFactory>
{
    [Fact]
    public async Task Failed_sign_ins_from_one_address_are_then_refused_with_429_and_a_message_in_the_browser_language_while_other_addresses_sign_in()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);
        var attacker = factory.CreateClientFrom(ClientAddresses.NewAddress());
        attacker.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE,nl;q=0.9");

        for (var attempt = 1; attempt <= SignInLimitsFactory.PerAddress; attempt++)
            Assert.Equal(200, (int)(await attacker.SignInAsync($"someone-{attempt}@example.org", "a guessed password")).StatusCode);
        var refused = await attacker.SignInAsync(user.Email!, BackofficeSignIn.Password);

        Assert.Equal(429, (int)refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 15 * 60);
        var page = await Html.ParseAsync(refused);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Te veel mislukte aanmeldpogingen vanaf uw internetadres.", page.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form.account-form"));
        Assert.Equal(302, (int)(await attacker.GetAsync("/backoffice")).StatusCode);

        var colleagueElsewhere = factory.CreateClientFrom(ClientAddresses.NewAddress());
        Assert.Equal("/backoffice", (await colleagueElsewhere.SignInAsync(user.Email!, BackofficeSignIn.Password)).PathOfLocation());
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_address_get_byte_for_byte_the_answer_of_a_wrong_password()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);
        var locked = await factory.CreateUserAsync(BackofficeRoles.Editor);
        await LockAsync(locked.Email!);

        var wrongPassword = await AnswerAsync(user.Email!, "not the password at all");
        var lockedRightPassword = await AnswerAsync(locked.Email!, BackofficeSignIn.Password);
        var lockedWrongPassword = await AnswerAsync(locked.Email!, "not the password at all");
        var unknown = await AnswerAsync($"nobody-{Guid.NewGuid():n}@example.org", "not the password at all");

        Assert.Equal((200, "Wrong email address or password."), (wrongPassword.Status, wrongPassword.Alert));
        foreach (var other in new[] { lockedRightPassword, lockedWrongPassword, unknown })
        {
            Assert.Equal(wrongPassword.Status, other.Status);
            Assert.Equal(wrongPassword.Body, other.Body);
        }
    }

    [Fact]
    public async Task Failures_from_several_addresses_lock_the_account_and_an_administrator_can_unlock_it()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Translator);
        for (var attempt = 1; attempt <= SignInLimitsFactory.PerAccount; attempt++)
            await factory.CreateClientFrom(ClientAddresses.NewAddress()).SignInAsync(user.Email!, $"wrong password {attempt}");

        var owner = factory.CreateClientFrom(ClientAddresses.NewAddress());
        Assert.Equal(200, (int)(await owner.SignInAsync(user.Email!, BackofficeSignIn.Password)).StatusCode);
        var audit = await AuditOfAsync(user.Email!);
        Assert.Single(audit, e => e.Action == AccountActions.LockedOut);

        var admin = await factory.CreateUserAsync(BackofficeRoles.Admin);
        Assert.True((await factory.Services.GetRequiredService<UserAdministration>().UnlockAsync(admin.Email!, user.Id)).Succeeded);
        Assert.Equal("/backoffice", (await owner.SignInAsync(user.Email!, BackofficeSignIn.Password)).PathOfLocation());
    }

    [Fact]
    public async Task An_unknown_address_costs_a_password_check_as_a_known_one_does()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);
        var client = factory.CreateClientFrom(ClientAddresses.NewAddress());

        var before = factory.Hasher.Verifications;
        await client.SignInAsync($"nobody-{Guid.NewGuid():n}@example.org", "a guessed password");
        var forUnknown = factory.Hasher.Verifications - before;
        before = factory.Hasher.Verifications;
        await client.SignInAsync(user.Email!, "a guessed password");
        var forKnown = factory.Hasher.Verifications - before;

        Assert.Equal(1, forKnown);
        Assert.Equal(forKnown, forUnknown);
    }

    [Fact]
    public async Task Fifty_failed_sign_ins_add_a_bounded_number_of_rows_to_the_audit_log()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);
        var address = ClientAddresses.NewAddress();
        var attacker = factory.CreateClientFrom(address);
        var log = factory.Services.GetRequiredService<AuditLog>();
        var lastBefore = (await log.PageAsync(new AuditQuery(Take: 1))).Entries.Select(e => e.Id).FirstOrDefault();

        for (var attempt = 1; attempt <= 50; attempt++)
            await attacker.SignInAsync(user.Email!, $"guess {attempt}");

        var added = (await log.PageAsync(new AuditQuery(Take: 500))).Entries.Where(e => e.Id > lastBefore).ToList();
        Assert.InRange(added.Count, 1, 3);
        Assert.Single(added, e => e.Action == AccountActions.SignInFailed && e.Actor == user.Email);
        Assert.Single(added, e => e.Action == AccountActions.SignInThrottled && e.Actor == address);
    }

    private async Task LockAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CartographyUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15))).Succeeded);
    }

    /// <summary>The sign-in's status and page from a fresh address, without what differs on every answer (the antiforgery token, in the form and in the page state) and the address typed.</summary>
    private async Task<(int Status, string Alert, string Body)> AnswerAsync(string email, string password)
    {
        var client = factory.CreateClientFrom(ClientAddresses.NewAddress());
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await client.SignInAsync(email, password);
        var html = await response.Content.ReadAsStringAsync();
        var body = Regex.Replace(html, "<input[^>]*__RequestVerificationToken[^>]*>", "TOKEN").Replace(email, "EMAIL");
        // The framework's encrypted page state (the antiforgery token again) differs on every answer, whatever it says.
        body = Regex.Replace(body, "<!--Blazor-Server-Component-State:[^>]*-->", "STATE");
        var alert = Regex.Match(html, "role=\"alert\">([^<]*)<").Groups[1].Value;
        return ((int)response.StatusCode, alert, body);
    }

    private async Task<IReadOnlyList<AuditEntryRow>> AuditOfAsync(string actor) =>
        (await factory.Services.GetRequiredService<AuditLog>().PageAsync(new AuditQuery(Take: 500))).Entries.Where(e => e.Actor == actor).ToList();
}
