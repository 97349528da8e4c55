using Cartography.Core.Cultures;

namespace Cartography.Core.Taxonomy;

/// <summary>A taxonomy term: a stable key and its label per culture. A retired term stays readable but is no longer offered.</summary>
public sealed record Term(Vocabulary Vocabulary, string Key, LocalizedText Label, int Position, bool Retired = false)
{
    /// <summary>The longest description, per culture: a few sentences, read beside a filter.</summary>
    public const int MaxDescriptionLength = 1000;

    /// <summary>What the term means, per culture, in plain text (no Markdown); empty when nobody wrote it yet.</summary>
    public LocalizedText Description { get; init; } = LocalizedText.Empty;
}
