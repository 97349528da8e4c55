namespace Cartography.Core.Publishing;

/// <summary>One saved state of a content item. Its content never changes; only whether it is the published one does.</summary>
public sealed class ContentVersion<T> where T : class
{
    public ContentVersion(int number, T content, string author, DateTimeOffset savedAt, DateTimeOffset? publishedAt = null)
    {
        Number = number;
        Content = content;
        Author = author;
        SavedAt = savedAt;
        PublishedAt = publishedAt;
    }

    public int Number { get; }
    public T Content { get; }
    public string Author { get; }
    public DateTimeOffset SavedAt { get; }

    /// <summary>When this version was made public; null while it is not the published version.</summary>
    public DateTimeOffset? PublishedAt { get; internal set; }

    public bool IsPublished => PublishedAt is not null;
}
