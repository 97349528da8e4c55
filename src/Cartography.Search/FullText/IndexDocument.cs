using Cartography.Core.Cultures;

namespace Cartography.Search.FullText;

/// <summary>What the full-text index knows of one initiative: the texts a visitor may type words from.</summary>
public sealed record IndexDocument(
    Guid Id,
    LocalizedText Name,
    LocalizedText Description,
    string? City,
    LocalizedText? Organisation);
