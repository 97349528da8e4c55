namespace Cartography.Data.Content;

/// <summary>The published version of a content item, as the public side reads it.</summary>
public sealed record PublishedContent<T>(Guid Id, string? Key, T Content, DateTimeOffset PublishedAt) where T : class;
