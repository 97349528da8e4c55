namespace Cartography.Web.Features.Backoffice.Shell;

/// <summary>
/// The sections of the back office, in menu order. A new back office page adds its entry here; the menu shows each
/// entry to the users its policy admits. (Planned: initiatives, organisations, portraits, resources, moderation,
/// taxonomy.)
/// </summary>
public static class BackofficeNavigation
{
    public static IReadOnlyList<BackofficeSection> Sections { get; } =
    [
        new(BackofficeLinks.Home, "Backoffice_Nav_Home", BackofficePolicies.Backoffice),
        new(BackofficeLinks.Users, "Backoffice_Nav_Users", BackofficePolicies.Users),
        new(BackofficeLinks.Audit, "Backoffice_Nav_Audit", BackofficePolicies.Audit),
    ];
}
