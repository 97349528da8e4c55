namespace Cartography.Web.Features.Backoffice.Users;

/// <summary>What became of a change to an account; an invitation carries the one-time link to hand over.</summary>
public sealed record UserAdministrationOutcome(UserAdministrationStatus Status, string? Link = null)
{
    public static readonly UserAdministrationOutcome Done = new(UserAdministrationStatus.Done);

    public bool Succeeded => Status == UserAdministrationStatus.Done;

    public static implicit operator UserAdministrationOutcome(UserAdministrationStatus status) => new(status);
}
