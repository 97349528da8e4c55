using System.Net;
using System.Text.RegularExpressions;
using Cartography.Web.Tests.Registration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cartography.Web.Tests.Hosting;

/// <summary>A site whose public address differs from the one the test client uses (another port), as behind a proxy.</summary>
public sealed class PublicAddressSite : RegistrationFactory
{
    public const string Public = "https://cartography.test";

    protected override string PublicBaseUrl => Public;

    public HttpClient CreateVisitor() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://cartography.test:8443"),
    });
}

public sealed partial class PublicAddressTests(PublicAddressSite site) : IClassFixture<PublicAddressSite>
{
    [Fact]
    public async Task The_confirmation_email_links_to_the_configured_address_not_the_one_the_request_named()
    {
        var client = site.CreateVisitor();
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var mail = Assert.Single(site.MailTo($"person-{marker}@example.org"));
        var links = LinkPattern().Matches(mail.TextBody ?? "").Select(m => m.Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(PublicAddressSite.Public + "/", link));
    }

    [Fact]
    public async Task A_forged_host_is_refused_and_no_email_names_it()
    {
        var client = site.CreateVisitor();
        var marker = Guid.NewGuid().ToString("n")[..10];
        var form = await client.FormAsync("/fr/register");
        var hidden = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        var post = new HttpRequestMessage(HttpMethod.Post, "/fr/register") { Content = new FormUrlEncodedContent([.. hidden, .. RegistrationForms.Valid(marker)]) };
        post.Headers.Host = "evil.example";

        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(site.MailTo($"person-{marker}@example.org"));
        Assert.Empty(await site.PendingNamedAsync(marker));
        var page = new HttpRequestMessage(HttpMethod.Get, "/fr");
        page.Headers.Host = "evil.example";
        var answer = await client.SendAsync(page);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain("evil.example", await answer.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/fr")]
    [InlineData("/nl/register")]
    [InlineData("/en/nowhere")]
    public async Task Hreflang_links_start_with_the_configured_address(string path)
    {
        var page = await Html.ParseAsync(await site.CreateVisitor().GetAsync(path));

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(4, alternates.Count);
        Assert.All(alternates, href => Assert.StartsWith(PublicAddressSite.Public + "/", href));
    }

    [GeneratedRegex(@"https?://[^\s>""]+")]
    private static partial Regex LinkPattern();
}

public sealed class PublicAddressRequiredTests
{
    private sealed class ProductionWithoutAddress : CartographyFactory
    {
        protected override string PublicBaseUrl => "";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public async Task A_site_without_a_public_address_outside_development_refuses_to_start_saying_what_to_set()
    {
        await using var site = new ProductionWithoutAddress();

        var refused = Record.Exception(() => site.CreateClient());

        Assert.NotNull(refused);
        Assert.Contains("Cartography:PublicBaseUrl is required outside Development", refused.ToString());
        Assert.Contains("Cartography__PublicBaseUrl", refused.ToString());
    }
}
