using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Backoffice.Users;

/// <summary>An account as the users page lists it.</summary>
public sealed record BackofficeUser(
    string Id,
    string Email,
    string DisplayName,
    string? Role,
    IReadOnlyList<Culture> TranslatorCultures,
    DateTimeOffset? LockedOutUntil,
    bool HasPassword,
    bool TwoFactorEnabled)
{
    public bool IsLockedOut(DateTimeOffset now) => LockedOutUntil is { } until && until > now;
}
