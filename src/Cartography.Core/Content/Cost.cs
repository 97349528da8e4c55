using System.Text.Json.Serialization;
using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>What taking part costs: free or not (null: not said), and a note per culture ("€2 a session, or free with the BIM status").</summary>
public sealed record Cost
{
    public bool? Free { get; init; }
    public LocalizedText Note { get; init; } = LocalizedText.Empty;

    [JsonIgnore]
    public bool IsEmpty => Free is null && Note.IsEmpty;
}
