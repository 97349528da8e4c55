using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>A guide, tool, report or reference for institutions that work with peer workers.</summary>
public sealed record Resource
{
    public required LocalizedText Title { get; init; }
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
    public required string Category { get; init; }
    /// <summary>The language the document itself is written in (a language of service code).</summary>
    public required string DocumentLanguage { get; init; }
    public string? Authors { get; init; }
    public int? Year { get; init; }
    public string? Link { get; init; }
    public bool IsExample { get; init; }
}
