using Cartography.Core.Cultures;

namespace Cartography.Core.Taxonomy;

/// <summary>A taxonomy term: a stable key and its label per culture. A retired term stays readable but is no longer offered.</summary>
public sealed record Term(Vocabulary Vocabulary, string Key, LocalizedText Label, int Position, bool Retired = false);
