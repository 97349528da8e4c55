using System.Text.Json.Serialization;
using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>What a visitor with a disability finds on site; each feature true, false or null when not known.</summary>
public sealed record Accessibility
{
    public bool? StepFree { get; init; }
    public bool? AccessibleToilet { get; init; }
    public bool? InductionLoop { get; init; }
    public LocalizedText Note { get; init; } = LocalizedText.Empty;

    [JsonIgnore]
    public bool IsEmpty => StepFree is null && AccessibleToilet is null && InductionLoop is null && Note.IsEmpty;
}
