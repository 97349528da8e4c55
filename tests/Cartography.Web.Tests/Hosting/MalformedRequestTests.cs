using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Cartography.Web.Tests.Registration;

namespace Cartography.Web.Tests.Hosting;

/// <summary>Requests no browser sends, to the form endpoints: each a 400 page in the URL's language, never a 500.</summary>
public sealed class MalformedRequestTests(RegistrationFactory site) : IClassFixture<RegistrationFactory>
{
    public static TheoryData<string, string> FormEndpoints => new()
    {
        { "/fr/register", "fr" },
        { "/nl/register/edit/not-a-token", "nl" },
        { "/en/register", "en" },
        { "/backoffice/account/culture", "fr" },
    };

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["fr"] = "Requête incorrecte", ["nl"] = "Ongeldig verzoek", ["en"] = "Bad request",
    };

    private async Task AssertBadRequestAsync(HttpResponseMessage response, string culture)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(Titles[culture], page.QuerySelector("h1")?.TextContent);
    }

    private static ByteArrayContent Body(string text, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task A_form_value_with_a_nul_character_is_a_400(string path, string culture) =>
        await AssertBadRequestAsync(await site.CreatePlainClient().PostAsync(path, Body("Form.NameFr=a%00b", "application/x-www-form-urlencoded")), culture);

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task A_post_without_content_type_is_a_400(string path, string culture) =>
        await AssertBadRequestAsync(await site.CreatePlainClient().PostAsync(path, Body("Form.NameFr=a", null)), culture);

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task A_post_of_another_content_type_is_a_400(string path, string culture) =>
        await AssertBadRequestAsync(await site.CreatePlainClient().PostAsync(path, Body("{\"a\":1}", "application/json")), culture);

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task A_multipart_post_without_boundary_is_a_400(string path, string culture) =>
        await AssertBadRequestAsync(await site.CreatePlainClient().PostAsync(path, Body("--x\r\n\r\n", "multipart/form-data")), culture);

    [Theory]
    [MemberData(nameof(FormEndpoints))]
    public async Task More_than_1024_form_values_are_a_400(string path, string culture) =>
        await AssertBadRequestAsync(await site.CreatePlainClient().PostAsync(path,
            Body(string.Join("&", Enumerable.Range(0, 1100).Select(i => $"v{i}=1")), "application/x-www-form-urlencoded")), culture);

    [Fact]
    public async Task A_well_formed_post_still_reaches_the_page()
    {
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await site.CreatePlainClient().SubmitAsync("/fr/register", RegistrationForms.Valid(marker));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }
}

/// <summary>HTTP/1.0 without Host and an empty Host, on a real socket: a 400 in the URL's language, problem+json under /api.</summary>
public sealed class EmptyHostTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Theory]
    [InlineData("GET /nl HTTP/1.0\r\n\r\n", "nl", "Ongeldig verzoek")]
    [InlineData("GET /en/initiatives HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n", "en", "Bad request")]
    [InlineData("GET /fr/register HTTP/1.0\r\nHost:\r\n\r\n", "fr", "Requête incorrecte")]
    public async Task A_page_without_host_is_a_400_in_the_urls_language(string request, string culture, string title)
    {
        var (status, _, body) = await RawHttp.SendAsync(site.Address, request);

        Assert.Equal(400, status);
        Assert.Contains($"<html lang=\"{culture}\">", body);
        Assert.Contains(title, WebUtility.HtmlDecode(body));
    }

    [Fact]
    public async Task The_api_without_host_answers_problem_json()
    {
        var (status, head, body) = await RawHttp.SendAsync(site.Address, "GET /api/v1/search?culture=nl HTTP/1.0\r\n\r\n");

        Assert.Equal(400, status);
        Assert.Contains("Content-Type: application/problem+json", head);
        Assert.Contains("\"status\":400", body);
        Assert.Contains("Ongeldig verzoek", body);
    }
}
