using Cartography.Data.Audit;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Account;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

public class SignInTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private async Task<IReadOnlyList<AuditEntryRow>> AuditOfAsync(string actor) =>
        (await factory.Services.GetRequiredService<AuditLog>().PageAsync(new AuditQuery(Take: 500))).Entries.Where(e => e.Actor == actor).ToList();

    [Fact]
    public async Task The_right_password_signs_in_returns_to_the_page_asked_for_and_is_audited()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);
        var client = factory.CreatePlainClient();

        var response = await client.SubmitFormAsync("/backoffice/signin?ReturnUrl=%2Fbackoffice%2Faccount%2Ftwo-factor",
            new() { ["Form.Email"] = user.Email!, ["Form.Password"] = BackofficeSignIn.Password });

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/backoffice/account/two-factor", response.PathOfLocation());
        var setCookie = string.Join("\n", response.Headers.GetValues("Set-Cookie"));
        Assert.Contains(".Cartography.Backoffice=", setCookie);
        Assert.Contains("path=/backoffice", setCookie);
        Assert.Contains("samesite=strict", setCookie);
        Assert.Contains("httponly", setCookie);
        Assert.Equal(200, (int)(await client.GetAsync("/backoffice")).StatusCode);
        Assert.Equal(AccountActions.SignIn, Assert.Single(await AuditOfAsync(user.Email!)).Action);
    }

    [Theory]
    [InlineData("https://elsewhere.example/")]
    [InlineData("//elsewhere.example/backoffice")]
    [InlineData("/fr/initiatives")]
    public async Task A_return_address_outside_the_back_office_is_ignored(string returnUrl)
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);

        var response = await factory.CreatePlainClient().SubmitFormAsync($"/backoffice/signin?ReturnUrl={Uri.EscapeDataString(returnUrl)}",
            new() { ["Form.Email"] = user.Email!, ["Form.Password"] = BackofficeSignIn.Password });

        Assert.Equal("/backoffice", response.PathOfLocation());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_in_the_browser_language_and_audited()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Editor);
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-BE,nl;q=0.9");

        var response = await client.SignInAsync(user.Email!, "not the password at all");

        Assert.Equal(200, (int)response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("E-mailadres of wachtwoord onjuist.", page.QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Cartography.Backoffice=")));
        Assert.Equal(AccountActions.SignInFailed, Assert.Single(await AuditOfAsync(user.Email!)).Action);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_do_not_lock_the_owner_out_elsewhere()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Translator);
        var attacker = factory.CreateClientFrom(ClientAddresses.NewAddress());

        var answers = new List<int>();
        for (var attempt = 1; attempt <= 30; attempt++)
            answers.Add((int)(await attacker.SignInAsync(user.Email!, $"wrong password {attempt}")).StatusCode);

        Assert.Equal(Enumerable.Repeat(200, 10).Concat(Enumerable.Repeat(429, 20)), answers);
        var owner = factory.CreateClientFrom(ClientAddresses.NewAddress());
        Assert.Equal("/backoffice", (await owner.SignInAsync(user.Email!, BackofficeSignIn.Password)).PathOfLocation());
        Assert.DoesNotContain(await AuditOfAsync(user.Email!), e => e.Action == AccountActions.LockedOut);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password()
    {
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.SignInAsync("nobody@example.org", "whatever it may be");

        Assert.Contains("Wrong email address or password.", await Text(response));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var user = await factory.CreateUserAsync(BackofficeRoles.Admin);
        var client = factory.CreatePlainClient();

        var response = await client.PostAsync("/backoffice/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["Form.Email"] = user.Email!, ["Form.Password"] = BackofficeSignIn.Password,
        }));

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal(302, (int)(await client.GetAsync("/backoffice")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_takes_a_post_with_the_token_ends_the_session_and_is_audited()
    {
        var (client, user) = await factory.SignInAsNewUserAsync(BackofficeRoles.Editor);

        var forged = await client.PostAsync("/backoffice/account/signout", new FormUrlEncodedContent([]));
        Assert.Equal(400, (int)forged.StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/backoffice")).StatusCode);

        var home = await Html.ParseAsync(await client.GetAsync("/backoffice"));
        var response = await client.PostFormAsync(home.QuerySelector("form[action='/backoffice/account/signout']")!, "/backoffice", []);

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/backoffice/signin", response.PathOfLocation());
        Assert.Equal(302, (int)(await client.GetAsync("/backoffice")).StatusCode);
        Assert.Contains(AccountActions.SignOut, (await AuditOfAsync(user.Email!)).Select(e => e.Action));
    }

    [Fact]
    public async Task The_sign_in_page_is_a_static_form_that_works_without_a_circuit()
    {
        var page = await factory.CreatePlainClient().GetAsync("/backoffice/signin", expectOk: true);

        var form = page.QuerySelector("form.account-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(page.QuerySelector("label[for=email]"));
        Assert.NotNull(page.QuerySelector("label[for=password]"));
        Assert.DoesNotContain("<!--Blazor:", page.DocumentElement.OuterHtml);
    }

    private static async Task<string> Text(HttpResponseMessage response) => (await Html.ParseAsync(response)).Body!.TextContent;
}
