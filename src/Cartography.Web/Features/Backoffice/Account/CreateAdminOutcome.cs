namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>What <c>create-admin</c> did, and the one-time link to hand to the administrator.</summary>
public sealed record CreateAdminOutcome(CreateAdminStatus Status, string? Link = null);
