using System.Text.Json.Serialization;

namespace Cartography.Core.Content;

/// <summary>How the public reaches a service. Never a submitter's private address: that lives with the submission.</summary>
public sealed record PublicContact(string? Email, string? Phone)
{
    public static PublicContact None { get; } = new(null, null);

    [JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}
