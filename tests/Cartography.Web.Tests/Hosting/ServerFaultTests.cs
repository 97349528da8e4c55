using System.Net;
using System.Text.Json;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Tests.Hosting;

/// <summary>
/// A site with faults forced by the test, never reachable in production: two addresses that throw behind every
/// endpoint (where nothing else answers), and a localizer that throws for one text, so that whatever renders that
/// text fails — a page (<c>Portraits_Intro</c>, on the portraits list only) or the layout itself (<c>SkipToContent</c>).
/// </summary>
public class FaultySite : CartographyFactory
{
    /// <summary>The text whose rendering fails.</summary>
    protected virtual string FailingText => "Portraits_Intro";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddTransient<IStartupFilter, Fault>();
            services.AddTransient<IStringLocalizer<SharedResource>>(provider =>
                new FailingLocalizer(new StringLocalizer<SharedResource>(provider.GetRequiredService<IStringLocalizerFactory>()), FailingText));
        });
    }

    private sealed class Fault : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, rest) => context.Request.Path.Value is "/nl/fault" or "/api/v1/fault" or "/fault/now"
                ? throw new InvalidOperationException("A fault forced by the test.")
                : rest(context));
        };
    }

    private sealed class FailingLocalizer(IStringLocalizer<SharedResource> inner, string failing) : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => name == failing ? throw new InvalidOperationException("A fault forced by the test.") : inner[name];

        public LocalizedString this[string name, params object[] arguments] => name == failing ? throw new InvalidOperationException("A fault forced by the test.") : inner[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}

/// <summary>A site whose layout cannot render.</summary>
public sealed class FaultyLayoutSite : FaultySite
{
    protected override string FailingText => "SkipToContent";
}

public sealed class ServerFaultTests(FaultySite site) : IClassFixture<FaultySite>
{
    [Theory]
    [InlineData("/nl/fault", "nl", "Er is een fout opgetreden")]
    [InlineData("/en/portraits", "en", "Something went wrong")]
    [InlineData("/fr/portraits", "fr", "Une erreur s’est produite")]
    public async Task A_server_fault_on_a_page_is_a_500_error_page_in_the_layout_in_the_urls_language_not_the_not_found_page(string path, string culture, string title)
    {
        var response = await site.CreatePlainClient().GetAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("main h1")?.TextContent);
        ErrorPageTests.AssertInLayout(page);
        Assert.DoesNotContain(new[] { "Page introuvable", "Pagina niet gevonden", "Page not found" }, page.Body!.TextContent.Contains);
        Assert.DoesNotContain("forced by the test", page.Body.TextContent);
        Assert.Equal($"/{culture}/", page.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_server_fault_on_an_address_without_a_language_speaks_the_visitors()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/fault/now");
        request.Headers.Add("Accept-Language", "nl-BE");

        var response = await site.CreatePlainClient().SendAsync(request);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Er is een fout opgetreden", page.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task A_server_fault_under_the_api_is_problem_json()
    {
        var response = await site.CreatePlainClient().GetAsync("/api/v1/fault?culture=en");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Equal("Something went wrong", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Head_of_a_fault_is_a_500_without_a_body()
    {
        var head = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/nl/fault"));

        Assert.Equal(HttpStatusCode.InternalServerError, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}

public sealed class LayoutFaultTests(FaultyLayoutSite site) : IClassFixture<FaultyLayoutSite>
{
    [Theory]
    [InlineData("/nl/fault", "nl", "Er is een fout opgetreden")]
    [InlineData("/en/portraits", "en", "Something went wrong")]
    public async Task When_the_layout_itself_fails_the_fault_gets_the_plain_500_page_in_the_urls_language(string path, string culture, string title)
    {
        var response = await site.CreatePlainClient().GetAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("main h1")?.TextContent);
        Assert.Null(page.QuerySelector("header.site-header"));
        Assert.Equal($"/{culture}/", page.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task When_the_layout_fails_a_missing_page_still_answers_404_in_its_language()
    {
        var response = await site.CreatePlainClient().GetAsync("/nl/xyz");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("main h1")?.TextContent);
    }
}
