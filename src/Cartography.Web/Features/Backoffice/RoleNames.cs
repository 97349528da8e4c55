using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice;

public static class RoleNames
{
    /// <summary>A role's name in the UI language.</summary>
    public static string RoleName(this IStringLocalizer localizer, string? role) => role switch
    {
        BackofficeRoles.Admin => localizer["Role_Admin"],
        BackofficeRoles.Editor => localizer["Role_Editor"],
        BackofficeRoles.Translator => localizer["Role_Translator"],
        _ => localizer["Role_None"],
    };
}
