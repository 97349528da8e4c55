using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>The body that runs initiatives: a non-profit, a hospital, a public social welfare centre, ...</summary>
public sealed record Organisation
{
    public required LocalizedText Name { get; init; }
    /// <summary>An organisation-kind term key; unknown for organisations created by an import until an editor sets it.</summary>
    public string? Kind { get; init; }
    public string? Website { get; init; }
    public LocalizedText Description { get; init; } = LocalizedText.Empty;
    /// <summary>Its public page's address per culture, given by the content service when it is first published.</summary>
    public LocalizedText Slug { get; init; } = LocalizedText.Empty;
    public bool IsExample { get; init; }
}
