using AngleSharp.Dom;
using Cartography.Data.Accounts;
using Cartography.Web.Features.Backoffice.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// Back office users for tests, and signing in the way a person does: through the real sign-in form, antiforgery
/// token and all. <c>var client = await factory.SignInAsAsync(BackofficeRoles.Editor);</c>
/// </summary>
public static class BackofficeSignIn
{
    public const string Password = "correct horse battery staple";

    public static async Task<CartographyUser> CreateUserAsync(this CartographyFactory factory, string role, string? email = null, string password = Password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().EnsureRolesAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CartographyUser>>();
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():n}@example.org";
        var user = new CartographyUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>A new user in the role, signed in on a client that keeps its cookies and does not follow redirects.</summary>
    public static async Task<HttpClient> SignInAsAsync(this CartographyFactory factory, string role) =>
        (await factory.SignInAsNewUserAsync(role)).Client;

    public static async Task<(HttpClient Client, CartographyUser User)> SignInAsNewUserAsync(this CartographyFactory factory, string role)
    {
        var user = await factory.CreateUserAsync(role);
        var client = factory.CreatePlainClient();
        var response = await client.SignInAsync(user.Email!, Password);
        Assert.Equal(302, (int)response.StatusCode);
        Assert.Equal("/backoffice", response.PathOfLocation());
        return (client, user);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/backoffice/signin", new() { ["Form.Email"] = email, ["Form.Password"] = password });

    /// <summary>
    /// Opens the page, fills in the form (its hidden fields, the antiforgery token among them, as the page gave them)
    /// and posts it where a browser would.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, Dictionary<string, string> fields, string formSelector = "form.account-form")
    {
        var page = await Html.ParseAsync(await client.GetAsync(pageUrl));
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No '{formSelector}' on {pageUrl}: {page.Body?.TextContent}");
        return await client.PostFormAsync(form, pageUrl, fields);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, IElement form, string pageUrl, Dictionary<string, string> fields)
    {
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => (Name: i.GetAttribute("name"), Value: i.GetAttribute("value") ?? ""))
            .Where(i => i.Name is not null && !fields.ContainsKey(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : pageUrl;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Where a redirect goes, as a path and query (Blazor's redirects are absolute, the cookie handler's relative).</summary>
    public static string? PathOfLocation(this HttpResponseMessage response) =>
        response.Headers.Location is { } location ? new Uri(new Uri("http://localhost"), location).PathAndQuery : null;

    /// <summary>The antiforgery field of the first form on a page, for posts that go around a form.</summary>
    public static async Task<KeyValuePair<string, string>> AntiforgeryFieldAsync(this HttpClient client, string pageUrl)
    {
        var page = await Html.ParseAsync(await client.GetAsync(pageUrl));
        var field = page.QuerySelector("input[name=__RequestVerificationToken]") ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
        return new(field.GetAttribute("name")!, field.GetAttribute("value")!);
    }
}
