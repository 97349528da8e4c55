using Cartography.Data.Audit;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Account;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

public class TwoFactorTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private const string Page = "/backoffice/account/two-factor";

    [Fact]
    public async Task With_two_factor_on_a_password_alone_no_longer_signs_in_and_the_authenticator_code_does()
    {
        var (client, user) = await factory.SignInAsNewUserAsync(BackofficeRoles.Editor);
        var setup = await client.GetAsync(Page, expectOk: true);
        var key = setup.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        Assert.Equal($"otpauth://totp/Cartography:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=Cartography&digits=6",
            setup.QuerySelector("#authenticator-uri")!.TextContent);

        var wrong = await client.SubmitFormAsync(Page, new() { ["Code"] = WrongCode(key) });
        Assert.Contains("Ce code ne correspond pas", (await Html.ParseAsync(wrong)).Body!.TextContent);
        var enabled = await Html.ParseAsync(await client.SubmitFormAsync(Page, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }));
        Assert.NotNull(enabled.QuerySelector("form input[name=Disable]"));

        var other = factory.CreatePlainClient();
        var password = await other.SignInAsync(user.Email!, BackofficeSignIn.Password);
        Assert.Equal("/backoffice/signin/two-factor?ReturnUrl=%2Fbackoffice", password.PathOfLocation());
        Assert.Equal(302, (int)(await other.GetAsync("/backoffice")).StatusCode);
        var refused = await other.SubmitFormAsync(password.PathOfLocation()!, new() { ["Code"] = WrongCode(key) });
        Assert.Equal(200, (int)refused.StatusCode);
        var accepted = await other.SubmitFormAsync(password.PathOfLocation()!, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/backoffice", accepted.PathOfLocation());
        Assert.Equal(200, (int)(await other.GetAsync("/backoffice")).StatusCode);

        var actions = (await factory.Services.GetRequiredService<AuditLog>().PageAsync(new AuditQuery(Take: 500))).Entries
            .Where(e => e.Actor == user.Email).Select(e => e.Action).ToList();
        Assert.Contains(AccountActions.TwoFactorEnabled, actions);
        Assert.Contains(AccountActions.SignInFailed, actions);
        Assert.Equal(2, actions.Count(a => a == AccountActions.SignIn));
    }

    [Fact]
    public async Task Two_factor_can_be_turned_off_and_then_the_password_is_enough_again()
    {
        var (client, user) = await factory.SignInAsNewUserAsync(BackofficeRoles.Translator);
        var key = (await client.GetAsync(Page, expectOk: true)).QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "");
        await client.SubmitFormAsync(Page, new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });

        var off = await Html.ParseAsync(await client.SubmitFormAsync(Page, []));

        Assert.NotNull(off.QuerySelector("#authenticator-key"));
        Assert.NotEqual(key, off.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", ""));
        Assert.Equal("/backoffice", (await factory.CreatePlainClient().SignInAsync(user.Email!, BackofficeSignIn.Password)).PathOfLocation());
        var actions = (await factory.Services.GetRequiredService<AuditLog>().PageAsync(new AuditQuery(AccountActions.TwoFactorDisabled, Take: 500))).Entries;
        Assert.Contains(actions, e => e.Actor == user.Email);
    }

    [Fact]
    public async Task The_code_step_without_a_password_first_sends_back_to_sign_in()
    {
        var response = await factory.CreatePlainClient().GetAsync("/backoffice/signin/two-factor");

        Assert.Equal("/backoffice/signin", response.PathOfLocation());
    }

    /// <summary>A code that is none of those Identity accepts around now (it allows a little clock drift).</summary>
    private static string WrongCode(string key)
    {
        var accepted = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, DateTimeOffset.UtcNow, step)).ToHashSet();
        return Enumerable.Range(0, 1000).Select(n => n.ToString("D6")).First(code => !accepted.Contains(code));
    }
}
