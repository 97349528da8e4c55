using Cartography.Data.Accounts;
using Cartography.Web.Features.Backoffice.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Browser.Tests;

/// <summary>A back office user made through the site's own services, signed in through the sign-in form of a fresh context.</summary>
public static class BackofficeSession
{
    public const string Password = "correct horse battery staple";

    public static async Task<IPage> SignInAsync(BrowserSite site, string role, string locale)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():n}@example.org";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().EnsureRolesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CartographyUser>>();
            var user = new CartographyUser { UserName = email, Email = email };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
        var page = await site.OpenAsync("/backoffice/signin", new() { Locale = locale });
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", Password);
        await page.RunAndWaitForNavigationAsync(() => page.ClickAsync("main form button[type=submit]"));
        return page;
    }

    /// <summary>backoffice.js marks the page once its circuit is up; before that, buttons do nothing.</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("html[data-circuit=up]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// A moderation page once it answers: with the circuit up, the prerendered page is replaced by the interactive one
    /// a moment later, and typing or clicking before that is lost.
    /// </summary>
    public static async Task WaitForSubmissionPageAsync(IPage page)
    {
        await WaitForCircuitAsync(page);
        await page.Locator("header.editor-header[data-interactive=true]").WaitForAsync();
    }
}
