namespace Cartography.Web.Features.Backoffice.Shell;

/// <summary>
/// The sections of the back office, in menu order. A new back office page adds its entry here; the menu shows each
/// entry to the users its policy admits.
/// </summary>
public static class BackofficeNavigation
{
    public static IReadOnlyList<BackofficeSection> Sections { get; } =
    [
        new(BackofficeLinks.Home, "Backoffice_Nav_Home", BackofficePolicies.Backoffice),
        new("/backoffice/initiatives", "Section_Initiatives", BackofficePolicies.Translate),
        new("/backoffice/organisations", "Section_Organisations", BackofficePolicies.Translate),
        new("/backoffice/portraits", "Section_Portraits", BackofficePolicies.Translate),
        new("/backoffice/resources", "Section_Resources", BackofficePolicies.Translate),
        new("/backoffice/pages", "Section_Pages", BackofficePolicies.Translate),
        new("/backoffice/moderation", "Section_Moderation", BackofficePolicies.Content),
        new("/backoffice/taxonomy", "Section_Taxonomy", BackofficePolicies.Content),
        new(BackofficeLinks.Messages, "Section_Messages", BackofficePolicies.Content),
        new(BackofficeLinks.Users, "Backoffice_Nav_Users", BackofficePolicies.Users),
        new(BackofficeLinks.Audit, "Backoffice_Nav_Audit", BackofficePolicies.Audit),
    ];
}
