using Cartography.Core.Cultures;

namespace Cartography.Core.Content;

/// <summary>An editorial story about people doing peer work, linked to the initiatives it tells of.</summary>
public sealed record Portrait
{
    public required LocalizedText Title { get; init; }
    public LocalizedText Summary { get; init; } = LocalizedText.Empty;
    /// <summary>Markdown, rendered and sanitized on display.</summary>
    public LocalizedText Body { get; init; } = LocalizedText.Empty;
    public LocalizedText Slug { get; init; } = LocalizedText.Empty;
    public IReadOnlyList<Guid> InitiativeIds { get; init; } = [];
    public IReadOnlyList<PortraitImage> Images { get; init; } = [];
    public DateOnly? Date { get; init; }
    public bool IsExample { get; init; }
}

/// <summary>An image of a portrait; the alternative text is required in every culture.</summary>
public sealed record PortraitImage(string Path, LocalizedText Alt);
