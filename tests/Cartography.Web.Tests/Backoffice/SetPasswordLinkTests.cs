using Cartography.Web.Features.Backoffice.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>The site with set-password links that expire after one second.</summary>
public sealed class ShortLinkFactory : CartographyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Accounts:SetPasswordLinkLifetime", "00:00:01");
    }
}

public class SetPasswordLinkTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private const string NewPassword = "a long phrase nobody guesses";

    private static async Task<string> CreateAdminLinkAsync(CartographyFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().CreateAdminAsync(email);
        Assert.Equal(CreateAdminStatus.Created, outcome.Status);
        return new Uri(outcome.Link!).PathAndQuery;
    }

    private static Task<HttpResponseMessage> SetAsync(HttpClient client, string link, string password, string? confirmation = null) =>
        client.SubmitFormAsync(link, new() { ["Form.Password"] = password, ["Form.Confirmation"] = confirmation ?? password });

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await Html.ParseAsync(response)).QuerySelector("[role=alert], [role=status]")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task The_link_sets_the_password_once_and_the_account_then_signs_in_with_it()
    {
        var email = $"admin-{Guid.NewGuid():n}@example.org";
        var link = await CreateAdminLinkAsync(factory, email);
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var set = await SetAsync(client, link, NewPassword);

        Assert.Equal("Your password is saved. This link will not work again.", await AlertAsync(set));
        Assert.Equal("/backoffice", (await factory.CreatePlainClient().SignInAsync(email, NewPassword)).PathOfLocation());
        var again = await client.GetAsync(link);
        Assert.StartsWith("This link is no longer valid", await AlertAsync(again));
        Assert.Empty((await Html.ParseAsync(await client.GetAsync(link))).QuerySelectorAll("form.account-form"));
    }

    [Fact]
    public async Task An_account_created_without_a_password_cannot_sign_in_with_any_usual_default()
    {
        var email = $"admin-{Guid.NewGuid():n}@example.org";
        await CreateAdminLinkAsync(factory, email);
        var client = factory.CreatePlainClient();

        foreach (var guess in new[] { "", "admin", "password", "Password1!", "changeme", email, "Admin123!", "cartography" })
            Assert.NotEqual(302, (int)(await client.SignInAsync(email, guess)).StatusCode);
    }

    [Fact]
    public async Task A_tampered_token_or_user_is_refused_with_a_clear_message_in_the_browser_language()
    {
        var link = await CreateAdminLinkAsync(factory, $"admin-{Guid.NewGuid():n}@example.org");
        var tokenStart = link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length;
        var tampered = link[..(tokenStart + 10)] + (link[tokenStart + 10] == 'A' ? 'B' : 'A') + link[(tokenStart + 11)..];
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");

        foreach (var bad in new[] { tampered, link.Replace("user=", "user=x"), link[..(tokenStart - 7)], link + "x" })
        {
            var page = await client.GetAsync(bad);
            Assert.Equal(200, (int)page.StatusCode);
            Assert.StartsWith("Deze link is niet meer geldig", await AlertAsync(page));
        }
    }

    [Fact]
    public async Task A_password_against_the_rules_is_refused_and_the_link_keeps_working()
    {
        var link = await CreateAdminLinkAsync(factory, $"admin-{Guid.NewGuid():n}@example.org");
        var client = factory.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        Assert.Equal("The password must be at least 12 characters long.", await AlertAsync(await SetAsync(client, link, "short")));
        Assert.Equal("The password must contain at least 4 different characters.", await AlertAsync(await SetAsync(client, link, "abababababababab")));
        Assert.Equal("The two passwords are not the same.", await AlertAsync(await SetAsync(client, link, NewPassword, NewPassword + "!")));
        Assert.Equal("Your password is saved. This link will not work again.", await AlertAsync(await SetAsync(client, link, NewPassword)));
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var shortLived = new ShortLinkFactory();
        await using var _ = shortLived;
        var link = await CreateAdminLinkAsync(shortLived, $"admin-{Guid.NewGuid():n}@example.org");
        var client = shortLived.CreatePlainClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.StartsWith("Ce lien n’est plus valable", await AlertAsync(await client.GetAsync(link)));
    }

    [Theory]
    [InlineData("https://cartography.example.be/", null, "Production", "https://cartography.example.be")]
    [InlineData("https://cartography.example.be", "http://+:8080", "Development", "https://cartography.example.be")]
    [InlineData(null, "http://+:8080;https://+:8443", "Development", "http://localhost:8080")]
    [InlineData(null, "http://0.0.0.0:5080", "Development", "http://localhost:5080")]
    [InlineData(null, null, "Development", "http://localhost:5000")]
    public void Links_start_with_the_configured_public_address_else_in_development_the_one_the_site_listens_on(string? publicBaseUrl, string? urls, string environment, string expected)
    {
        Assert.Equal(expected, Address(publicBaseUrl, urls, environment).Base());
    }

    [Fact]
    public void Outside_development_no_link_is_made_without_a_public_address()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Address(null, "http://+:8080", "Production").Base());

        Assert.Contains("Cartography:PublicBaseUrl is required outside Development", refused.Message);
    }

    private static Features.Hosting.PublicAddress Address(string? publicBaseUrl, string? urls, string environment)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls }).Build();
        return new Features.Hosting.PublicAddress(
            Microsoft.Extensions.Options.Options.Create(new Features.Hosting.CartographyOptions { PublicBaseUrl = publicBaseUrl }), configuration,
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });
    }
}
