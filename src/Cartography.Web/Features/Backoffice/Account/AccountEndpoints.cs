using Cartography.Core.Cultures;
using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>Sign-out (of every session of the account) and the language switch: plain form posts, so they work from static and interactive pages alike.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(BackofficeLinks.SignOut, SignOutAsync).RequireAuthorization(BackofficePolicies.Backoffice).ExcludeFromDescription();
        app.MapPost(BackofficeLinks.ChooseCulture, ChooseCultureAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, UserManager<CartographyUser> users,
        SignInManager<CartographyUser> signIn, AuditLog audit, IStringLocalizer<SharedResource> localizer)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Refused(localizer);
        await audit.RecordAsync(http.User.Actor(), AccountActions.SignOut);
        // A new security stamp voids every cookie of the account, copies included, not only this browser's.
        if (await users.GetUserAsync(http.User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(BackofficeLinks.SignIn);
    }

    private static async Task<IResult> ChooseCultureAsync(HttpContext http, IAntiforgery antiforgery, UserManager<CartographyUser> users,
        SignInManager<CartographyUser> signIn, IStringLocalizer<SharedResource> localizer)
    {
        if (!await antiforgery.IsRequestValidAsync(http)) return Refused(localizer);
        var form = await http.Request.ReadFormAsync();
        if (!Culture.TryParse(form["culture"], out var culture)) return Refused(localizer);
        http.Response.Cookies.Append(BackofficeCultureProvider.CookieName, culture.Code, new CookieOptions
        {
            Path = BackofficeLinks.Root, HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true,
            Secure = http.Request.IsHttps, MaxAge = BackofficeCultureProvider.CookieLifetime,
        });
        if (await users.GetUserAsync(http.User) is { } user)
        {
            user.PreferredCulture = culture.Code;
            await users.UpdateAsync(user);
            await signIn.RefreshSignInAsync(user);
        }
        return TypedResults.LocalRedirect(BackofficeLinks.SafeReturn(form["returnUrl"]));
    }

    // With a body, so the status-code pages leave the answer alone (they would re-run the not-found page as a POST).
    private static IResult Refused(IStringLocalizer<SharedResource> localizer) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: localizer["Error_BadRequest"]);
}
