using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Hosting;

/// <summary>A site with two addresses that fail on purpose, behind every endpoint (where nothing else answers).</summary>
public sealed class FaultySite : CartographyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, Fault>());
    }

    private sealed class Fault : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, rest) => context.Request.Path.Value is "/nl/fault" or "/api/v1/fault"
                ? throw new InvalidOperationException("A fault forced by the test.")
                : rest(context));
        };
    }
}

public sealed class ServerFaultTests(FaultySite site) : IClassFixture<FaultySite>
{
    [Fact]
    public async Task A_server_fault_on_a_page_is_a_500_error_page_in_the_urls_language_not_the_not_found_page()
    {
        var response = await site.CreatePlainClient().GetAsync("/nl/fault");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Er is een fout opgetreden", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Pagina niet gevonden", page.Body!.TextContent);
        Assert.DoesNotContain("forced by the test", page.Body.TextContent);
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
}
