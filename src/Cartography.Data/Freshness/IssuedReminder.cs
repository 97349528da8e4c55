using Cartography.Core.Content;

namespace Cartography.Data.Freshness;

/// <summary>
/// A reminder just recorded, to be sent to <see cref="Email"/>: the initiative as published, and the raw token of its
/// link, which exists only here (the database keeps its hash).
/// </summary>
public sealed record IssuedReminder(Guid InitiativeId, Initiative Initiative, string Email, string Token, DateTimeOffset ExpiresAt);
