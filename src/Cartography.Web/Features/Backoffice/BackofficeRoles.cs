namespace Cartography.Web.Features.Backoffice;

/// <summary>The back office roles. Each account has exactly one.</summary>
public static class BackofficeRoles
{
    /// <summary>Users, settings and the audit log, besides everything an editor does.</summary>
    public const string Admin = "Admin";

    /// <summary>All content and moderation.</summary>
    public const string Editor = "Editor";

    /// <summary>Edits the texts of the cultures assigned to them; never publishes.</summary>
    public const string Translator = "Translator";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor, Translator];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);
}
