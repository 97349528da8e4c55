using Cartography.Core.Cultures;
using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>Sign-out and the language switch: plain form posts, so they work from static and interactive pages alike.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Binding [FromForm] makes these endpoints refuse a post without a valid antiforgery token.
        app.MapPost(BackofficeLinks.SignOut, SignOutAsync).RequireAuthorization(BackofficePolicies.Backoffice).ExcludeFromDescription();
        app.MapPost(BackofficeLinks.ChooseCulture, ChooseCultureAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> SignOutAsync([FromForm(Name = "returnUrl")] string? returnUrl, HttpContext http,
        SignInManager<CartographyUser> signIn, AuditLog audit)
    {
        await audit.RecordAsync(http.User.Actor(), AccountActions.SignOut);
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(BackofficeLinks.SignIn);
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> ChooseCultureAsync([FromForm(Name = "culture")] string? code,
        [FromForm(Name = "returnUrl")] string? returnUrl, HttpContext http, UserManager<CartographyUser> users, SignInManager<CartographyUser> signIn)
    {
        if (!Culture.TryParse(code, out var culture)) return TypedResults.BadRequest();
        http.Response.Cookies.Append(BackofficeCultureProvider.CookieName, culture.Code, new CookieOptions
        {
            Path = BackofficeLinks.Root, HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true,
            Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
        });
        if (await users.GetUserAsync(http.User) is { } user)
        {
            user.PreferredCulture = culture.Code;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        return TypedResults.LocalRedirect(BackofficeLinks.SafeReturn(returnUrl));
    }
}
