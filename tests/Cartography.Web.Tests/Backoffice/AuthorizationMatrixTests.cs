using Cartography.Web.Features.Backoffice;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// Who may open which back office page. A new back office page adds its row to <see cref="Pages"/>: the route and
/// the roles that may open it.
/// </summary>
public class AuthorizationMatrixTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    private const string Admin = BackofficeRoles.Admin;
    private const string Editor = BackofficeRoles.Editor;
    private const string Translator = BackofficeRoles.Translator;

    public static TheoryData<string, string[]> Pages => new()
    {
        { "/backoffice", [Admin, Editor, Translator] },
        { "/backoffice/account/two-factor", [Admin, Editor, Translator] },
        { "/backoffice/users", [Admin] },
        { "/backoffice/audit", [Admin] },
        { "/backoffice/initiatives", [Admin, Editor, Translator] },
        { "/backoffice/organisations", [Admin, Editor, Translator] },
        { "/backoffice/portraits", [Admin, Editor, Translator] },
        { "/backoffice/resources", [Admin, Editor, Translator] },
        { "/backoffice/pages", [Admin, Editor, Translator] },
        { $"/backoffice/pages/{AnyId}", [Admin, Editor, Translator] },
        { "/backoffice/pages/new", [Admin, Editor] },
        { $"/backoffice/initiatives/{AnyId}", [Admin, Editor, Translator] },
        { $"/backoffice/organisations/{AnyId}", [Admin, Editor, Translator] },
        { $"/backoffice/portraits/{AnyId}", [Admin, Editor, Translator] },
        { $"/backoffice/resources/{AnyId}", [Admin, Editor, Translator] },
        { "/backoffice/initiatives/new", [Admin, Editor] },
        { "/backoffice/organisations/new", [Admin, Editor] },
        { "/backoffice/portraits/new", [Admin, Editor] },
        { "/backoffice/resources/new", [Admin, Editor] },
        { "/backoffice/initiatives/import", [Admin, Editor] },
        { "/backoffice/export/initiatives.csv", [Admin, Editor] },
        { "/backoffice/moderation", [Admin, Editor] },
        { $"/backoffice/moderation/{AnyId}", [Admin, Editor] },
        { "/backoffice/taxonomy", [Admin, Editor] },
        { "/backoffice/messages", [Admin, Editor] },
        { $"/backoffice/messages/{AnyId}", [Admin, Editor] },
    };

    // An editor page answers for any id, found or not; what matters here is who may open it.
    private const string AnyId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_back_afterwards(string route, string[] allowed)
    {
        Assert.NotEmpty(allowed);

        var response = await factory.CreatePlainClient().GetAsync(route);

        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal($"/backoffice/signin?ReturnUrl={Uri.EscapeDataString(route)}", response.PathOfLocation());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_role_opens_the_pages_it_has_a_right_to_and_is_denied_the_others(string route, string[] allowed)
    {
        foreach (var role in BackofficeRoles.All)
        {
            var client = await factory.SignInAsAsync(role);

            var response = await client.GetAsync(route);

            if (allowed.Contains(role))
            {
                Assert.True(200 == (int)response.StatusCode, $"{role} should open {route}, got {(int)response.StatusCode}");
            }
            else
            {
                Assert.True(302 == (int)response.StatusCode, $"{role} should be denied {route}, got {(int)response.StatusCode}");
                Assert.StartsWith("/backoffice/access-denied", response.PathOfLocation());
                var denied = await client.GetAsync(response.Headers.Location);
                Assert.Equal(403, (int)denied.StatusCode);
            }
        }
    }

    [Fact]
    public async Task The_menu_shows_a_role_only_the_sections_it_may_open()
    {
        var admin = await (await factory.SignInAsAsync(Admin)).GetAsync("/backoffice", expectOk: true);
        var editor = await (await factory.SignInAsAsync(Editor)).GetAsync("/backoffice", expectOk: true);

        string[] Links(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")!).ToArray();
        string[] content = ["/backoffice/initiatives", "/backoffice/organisations", "/backoffice/portraits", "/backoffice/resources", "/backoffice/pages"];
        Assert.Equal(["/backoffice", .. content, "/backoffice/moderation", "/backoffice/taxonomy", "/backoffice/messages", "/backoffice/users", "/backoffice/audit"], Links(admin));
        Assert.Equal(["/backoffice", .. content, "/backoffice/moderation", "/backoffice/taxonomy", "/backoffice/messages"], Links(editor));
        var translator = await (await factory.SignInAsAsync(Translator)).GetAsync("/backoffice", expectOk: true);
        Assert.Equal(["/backoffice", .. content], Links(translator));
    }

    [Theory]
    [InlineData("/backoffice/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("/_blazor/negotiate?negotiateVersion=1")]
    public async Task The_blazor_hub_refuses_anonymous_connections(string negotiate)
    {
        var response = await factory.CreatePlainClient().PostAsync(negotiate, null);

        Assert.True(401 == (int)response.StatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task The_back_office_hub_accepts_a_signed_in_back_office_user()
    {
        var client = await factory.SignInAsAsync(Translator);

        var response = await client.PostAsync("/backoffice/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("connectionToken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Back_office_pages_load_blazor_with_the_back_office_hub_and_public_pages_stay_without_scripts_of_it()
    {
        var backoffice = await (await factory.SignInAsAsync(Admin)).GetStringAsync("/backoffice/users");
        var publicPage = await factory.CreateClient().GetStringAsync("/fr/");

        Assert.Contains("/_framework/blazor.web.js", backoffice);
        Assert.Contains("/js/backoffice.js", backoffice);
        Assert.Contains("<!--Blazor:", backoffice);
        Assert.DoesNotContain("blazor.web.js", publicPage);
        Assert.DoesNotContain("<!--Blazor:", publicPage);
        Assert.Contains("/backoffice/_blazor", await factory.CreateClient().GetStringAsync("/js/backoffice.js"));
    }
}
