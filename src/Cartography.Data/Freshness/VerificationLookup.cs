using Cartography.Core.Content;

namespace Cartography.Data.Freshness;

/// <summary>
/// The answer to a reminder's link: its status and, unless Unknown, the initiative as published.
/// <see cref="Renewed"/> says that this very call confirmed it (rather than finding it confirmed already).
/// </summary>
public sealed record VerificationLookup(VerificationStatus Status, Guid? InitiativeId = null, Initiative? Initiative = null)
{
    public bool Renewed { get; init; }

    public static VerificationLookup Unknown { get; } = new(VerificationStatus.Unknown);
}
