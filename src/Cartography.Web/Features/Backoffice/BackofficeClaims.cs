using System.Security.Claims;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Backoffice;

/// <summary>What the back office cookie says about its user besides Identity's own claims.</summary>
public static class BackofficeClaims
{
    public const string DisplayName = "cartography:display-name";
    public const string Culture = "cartography:culture";
    public const string TranslatorCultures = "cartography:translator-cultures";

    public static string Name(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    /// <summary>Who did it, for the audit log: the account's email (its user name).</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static Culture? PreferredCulture(this ClaimsPrincipal user) =>
        Core.Cultures.Culture.TryParse(user.FindFirstValue(Culture), out var culture) ? culture : null;
}
