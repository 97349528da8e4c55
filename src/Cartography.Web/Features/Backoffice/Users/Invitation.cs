using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Backoffice.Users;

/// <summary>A new back office account: who, which role, and for a translator the cultures they translate into.</summary>
public sealed record Invitation(string Email, string? DisplayName, string Role, IReadOnlyCollection<Culture> TranslatorCultures);
