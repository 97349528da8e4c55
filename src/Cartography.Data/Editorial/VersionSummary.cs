namespace Cartography.Data.Editorial;

/// <summary>A line of an item's history: who saved which version when, and whether it is the public one.</summary>
public sealed record VersionSummary(int Number, string Author, DateTimeOffset SavedAt, bool IsPublished);
