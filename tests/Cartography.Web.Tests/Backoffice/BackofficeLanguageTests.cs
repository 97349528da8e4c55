using Cartography.Web.Features.Backoffice;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>Back office pages have no culture segment: the user's choice, else the browser's, sets the language.</summary>
public class BackofficeLanguageTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private static Task<HttpResponseMessage> ChooseAsync(HttpClient client, string page, string culture) =>
        client.SubmitFormAsync(page, new() { ["culture"] = culture }, "form.backoffice-languages");

    [Theory]
    [InlineData("nl-BE,nl;q=0.9,en;q=0.5", "nl", "Aanmelden bij het beheer")]
    [InlineData("en-GB", "en", "Sign in to the back office")]
    [InlineData("de-DE", "fr", "Se connecter à la gestion")]
    public async Task Without_a_choice_the_browser_language_decides(string acceptLanguage, string lang, string title)
    {
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var page = await client.GetAsync("/backoffice/signin", expectOk: true);

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_switch_stores_the_choice_for_this_browser_and_returns_to_the_page()
    {
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await ChooseAsync(client, "/backoffice/signin", "nl");

        Assert.Equal("/backoffice/signin", response.PathOfLocation());
        var page = await client.GetAsync("/backoffice/signin", expectOk: true);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("true", page.QuerySelector("form.backoffice-languages button[value=nl]")!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task A_signed_in_users_choice_is_kept_in_the_account_and_follows_them_to_another_browser()
    {
        var (client, user) = await factory.SignInAsNewUserAsync(BackofficeRoles.Editor);
        await ChooseAsync(client, "/backoffice", "en");

        var other = factory.CreatePlainClient();
        other.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        await other.SignInAsync(user.Email!, BackofficeSignIn.Password);
        var home = await other.GetAsync("/backoffice", expectOk: true);

        Assert.Equal("en", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Map back office", home.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_switch_refuses_a_post_without_the_token_or_with_an_unknown_language()
    {
        var client = factory.CreatePlainClient();

        var forged = await client.PostAsync("/backoffice/account/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "nl" }));
        var unknown = await ChooseAsync(client, "/backoffice/signin", "de");

        Assert.Equal(400, (int)forged.StatusCode);
        Assert.Equal(400, (int)unknown.StatusCode);
    }

    [Fact]
    public async Task Public_pages_keep_their_culture_segment_and_never_receive_back_office_cookies()
    {
        var client = factory.CreatePlainClient();
        await ChooseAsync(client, "/backoffice/signin", "en");

        var response = await client.GetAsync("/nl/");

        Assert.Equal("nl", (await Html.ParseAsync(response)).DocumentElement.GetAttribute("lang"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
