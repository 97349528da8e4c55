using System.Security.Claims;
using Cartography.Core.Cultures;
using Cartography.Core.Editorial;

namespace Cartography.Web.Features.Backoffice.Content;

/// <summary>
/// What a translator may change: texts in the cultures assigned to them, nothing else. Checked on the server
/// against the diff between the version they started from and what they save, whatever the form let through.
/// </summary>
public static class TranslatorScope
{
    /// <summary>The cultures a user may write in: all of them for editors and admins, the assigned ones for translators.</summary>
    public static IReadOnlySet<Culture> CulturesOf(ClaimsPrincipal user)
    {
        if (user.IsInRole(BackofficeRoles.Admin) || user.IsInRole(BackofficeRoles.Editor)) return Culture.All.ToHashSet();
        return (user.FindFirst(BackofficeClaims.TranslatorCultures)?.Value ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => Culture.TryParse(code, out var culture) ? culture : null)
            .OfType<Culture>()
            .ToHashSet();
    }

    /// <summary>True when every change is a text in one of <paramref name="cultures"/> ("name.nl", "images.0.alt.nl").</summary>
    public static bool Allows(ContentDiff changes, IReadOnlySet<Culture> cultures) =>
        changes.Changes.All(change =>
            change.Path.LastIndexOf('.') is var dot and > 0 &&
            Culture.TryParse(change.Path[(dot + 1)..], out var culture) &&
            cultures.Contains(culture));
}
