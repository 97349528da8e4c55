using Microsoft.AspNetCore.Authorization;

namespace Cartography.Web.Features.Backoffice;

/// <summary>
/// The named authorization policies of the back office, defined once. A page names the policy it needs:
/// <c>@attribute [Authorize(Policy = BackofficePolicies.Content)]</c>; every page under Features/Backoffice already
/// requires <see cref="Backoffice"/>.
/// </summary>
public static class BackofficePolicies
{
    /// <summary>Any back office user: admin, editor or translator.</summary>
    public const string Backoffice = "Backoffice";

    /// <summary>All content and moderation: admins and editors.</summary>
    public const string Content = "Backoffice.Content";

    /// <summary>Editing texts (a translator only in their assigned cultures): any back office user.</summary>
    public const string Translate = "Backoffice.Translate";

    /// <summary>Accounts and roles: admins.</summary>
    public const string Users = "Backoffice.Users";

    /// <summary>The audit log: admins.</summary>
    public const string Audit = "Backoffice.Audit";

    public static AuthorizationBuilder AddBackofficePolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Backoffice, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.All))
        .AddPolicy(Content, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin, BackofficeRoles.Editor))
        .AddPolicy(Translate, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.All))
        .AddPolicy(Users, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin))
        .AddPolicy(Audit, p => p.RequireAuthenticatedUser().RequireRole(BackofficeRoles.Admin));
}
