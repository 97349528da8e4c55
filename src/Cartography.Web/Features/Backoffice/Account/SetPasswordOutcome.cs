namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>What became of a set-password attempt; <see cref="Problems"/> are the password rules it broke, in the UI language.</summary>
public sealed record SetPasswordOutcome(SetPasswordStatus Status, IReadOnlyList<string> Problems)
{
    public static SetPasswordOutcome Of(SetPasswordStatus status) => new(status, []);
}
