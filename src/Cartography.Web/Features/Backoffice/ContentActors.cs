using System.Security.Claims;
using Cartography.Core.Cultures;
using Cartography.Data.Writing;

namespace Cartography.Web.Features.Backoffice;

/// <summary>The signed-in back office user as the content service's actor: their name, role and, for a translator, cultures.</summary>
public static class ContentActors
{
    public static Actor ContentActor(this ClaimsPrincipal user)
    {
        var name = user.Actor();
        if (user.IsInRole(BackofficeRoles.Admin)) return Actor.Admin(name);
        if (user.IsInRole(BackofficeRoles.Editor)) return Actor.Editor(name);
        // Anyone else who reaches an editor is treated as a translator: they may at most save their cultures' texts.
        return Actor.Translator(name, (user.FindFirst(BackofficeClaims.TranslatorCultures)?.Value ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => Culture.TryParse(code, out var culture) ? culture : null)
            .OfType<Culture>());
    }
}
