namespace Cartography.Core.Publishing;

/// <summary>
/// A content item and all its versions. Saving adds a version (the draft); publishing marks the latest version as
/// the public one; nothing is overwritten, so a rollback copies an old version forward as a new draft.
/// </summary>
public sealed class ContentItem<T> where T : class
{
    private readonly List<ContentVersion<T>> versions;

    private ContentItem(Guid id, string? key, List<ContentVersion<T>> versions)
    {
        Id = id;
        Key = key;
        this.versions = versions;
    }

    public Guid Id { get; }

    /// <summary>A stable external identifier (a seed file's key, a CSV external_id), unique per content type.</summary>
    public string? Key { get; }

    public IReadOnlyList<ContentVersion<T>> Versions => versions;

    public ContentVersion<T> Latest => versions[^1];

    public ContentVersion<T>? Published => versions.FirstOrDefault(v => v.IsPublished);

    /// <summary>True when there is a draft newer than the published version (or nothing is published).</summary>
    public bool HasDraft => Published != Latest;

    public static ContentItem<T> Create(Guid id, string? key, T content, string author, DateTimeOffset at) =>
        new(id, key, [new ContentVersion<T>(1, content, author, at)]);

    /// <summary>Rebuilds an item read from storage; versions in any order, at most one published.</summary>
    public static ContentItem<T> Restore(Guid id, string? key, IEnumerable<ContentVersion<T>> versions)
    {
        var ordered = versions.OrderBy(v => v.Number).ToList();
        if (ordered.Count == 0) throw new ArgumentException("A content item has at least one version.", nameof(versions));
        if (ordered.Count(v => v.IsPublished) > 1) throw new ArgumentException("At most one version is published.", nameof(versions));
        return new ContentItem<T>(id, key, ordered);
    }

    /// <summary>Saves a new draft; the public site keeps the published version until the draft is published.</summary>
    public ContentVersion<T> Save(T content, string author, DateTimeOffset at)
    {
        var version = new ContentVersion<T>(Latest.Number + 1, content, author, at);
        versions.Add(version);
        return version;
    }

    /// <summary>Makes the latest version the public one.</summary>
    public PublishingStatus Publish(DateTimeOffset at)
    {
        if (Latest.IsPublished) return PublishingStatus.AlreadyPublished;
        if (Published is { } previous) previous.PublishedAt = null;
        Latest.PublishedAt = at;
        return PublishingStatus.Published;
    }

    public PublishingStatus Unpublish()
    {
        if (Published is not { } published) return PublishingStatus.NotPublished;
        published.PublishedAt = null;
        return PublishingStatus.Unpublished;
    }

    /// <summary>Copies version <paramref name="number"/> into a new draft; the published version is left as it is.</summary>
    public PublishingStatus Rollback(int number, string author, DateTimeOffset at)
    {
        var source = versions.FirstOrDefault(v => v.Number == number);
        if (source is null) return PublishingStatus.VersionNotFound;
        Save(source.Content, author, at);
        return PublishingStatus.RolledBack;
    }
}
