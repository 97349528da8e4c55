using Cartography.Core.Cultures;

namespace Cartography.Core.Contact;

/// <summary>
/// A message to the editors, as the visitor sent it: private as a whole (it names a person and may say anything about
/// them), so it is never published, indexed or logged.
/// </summary>
public sealed record ContactMessage(string Name, string Email, string Subject, string Text, Culture Culture)
{
    /// <summary>The published initiative a correction is about, when the form was opened from its page.</summary>
    public Guid? InitiativeId { get; init; }
}
