using Microsoft.AspNetCore.WebUtilities;

namespace Cartography.Web.Features.Backoffice;

/// <summary>Every back office URL, built in one place. Back office routes have no culture segment.</summary>
public static class BackofficeLinks
{
    public const string Root = "/backoffice";
    public const string Home = "/backoffice";
    public const string SignIn = "/backoffice/signin";
    public const string TwoFactorSignIn = "/backoffice/signin/two-factor";
    public const string SignOut = "/backoffice/account/signout";
    public const string ChooseCulture = "/backoffice/account/culture";
    public const string SetPassword = "/backoffice/account/set-password";
    public const string TwoFactor = "/backoffice/account/two-factor";
    public const string AccessDenied = "/backoffice/access-denied";
    public const string Users = "/backoffice/users";
    public const string Audit = "/backoffice/audit";

    /// <summary>The Blazor hub of the back office, under /backoffice so that the back office cookie reaches it.</summary>
    public const string Hub = "/backoffice/_blazor";

    public static bool IsBackoffice(PathString path) => path.StartsWithSegments(Root);

    public static bool IsBackoffice(Uri uri) => IsBackoffice(new PathString(uri.AbsolutePath));

    /// <summary>The one-time link that lets an account's owner choose a password.</summary>
    public static string SetPasswordLink(string baseUrl, string userId, string token) =>
        QueryHelpers.AddQueryString(baseUrl.TrimEnd('/') + SetPassword, new Dictionary<string, string?> { ["user"] = userId, ["token"] = token });

    /// <summary>Where to go after signing in or switching language: a back office path of this site, else the home.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.Contains('\\') && IsBackoffice(new PathString(returnUrl.Split('?', '#')[0]))
            ? returnUrl
            : Home;

    /// <summary>An initiative's editor.</summary>
    public static string Initiative(Guid id) => $"/backoffice/initiatives/{id}";
}
