using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Account;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>A session ends for every copy of its cookie: on sign-out, and when the password changes.</summary>
public class SessionEndTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var (client, _) = await factory.SignInAsNewUserAsync(BackofficeRoles.Admin);
        var stolen = WithCookie(await SessionCookieAsync(client));
        Assert.Equal(200, (int)(await stolen.GetAsync("/backoffice/users")).StatusCode);

        var home = await Html.ParseAsync(await client.GetAsync("/backoffice"));
        Assert.Equal(302, (int)(await client.PostFormAsync(home.QuerySelector("form[action='/backoffice/account/signout']")!, "/backoffice", [])).StatusCode);

        var afterwards = await stolen.GetAsync("/backoffice/users");
        Assert.Equal(302, (int)afterwards.StatusCode);
        Assert.StartsWith("/backoffice/signin", afterwards.PathOfLocation());
    }

    [Fact]
    public async Task A_session_is_refused_once_the_password_is_changed()
    {
        var (client, user) = await factory.SignInAsNewUserAsync(BackofficeRoles.Editor);
        Assert.Equal(200, (int)(await client.GetAsync("/backoffice")).StatusCode);

        string link;
        await using (var scope = factory.Services.CreateAsyncScope())
            link = await scope.ServiceProvider.GetRequiredService<SetPasswordLinks>().CreateAsync(user);
        var newPassword = "a brand new passphrase";
        var elsewhere = factory.CreatePlainClient();
        var set = await elsewhere.SubmitFormAsync(new Uri(link).PathAndQuery, new() { ["Form.Password"] = newPassword, ["Form.Confirmation"] = newPassword });
        Assert.NotNull((await Html.ParseAsync(set)).QuerySelector("[role=status]"));

        var old = await client.GetAsync("/backoffice");
        Assert.Equal(302, (int)old.StatusCode);
        Assert.StartsWith("/backoffice/signin", old.PathOfLocation());
        Assert.Equal("/backoffice", (await factory.CreatePlainClient().SignInAsync(user.Email!, newPassword)).PathOfLocation());
    }

    private static async Task<string> SessionCookieAsync(HttpClient client)
    {
        // The cookie exactly as the browser sends it.
        var response = await client.GetAsync("/backoffice");
        Assert.Equal(200, (int)response.StatusCode);
        var handler = response.RequestMessage!.Headers.TryGetValues("Cookie", out var sent) ? string.Join("; ", sent) : "";
        var session = handler.Split("; ").FirstOrDefault(c => c.StartsWith(".Cartography.Backoffice="));
        return session ?? throw new InvalidOperationException("The client sent no session cookie.");
    }

    /// <summary>Another client (another machine, for all the site can tell) that sends only the copied cookie.</summary>
    private HttpClient WithCookie(string cookie)
    {
        var stolen = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        stolen.DefaultRequestHeaders.Add("Cookie", cookie);
        return stolen;
    }
}
