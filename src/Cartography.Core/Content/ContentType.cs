namespace Cartography.Core.Content;

/// <summary>The document types of the directory, as stored with each content item.</summary>
public enum ContentType
{
    Initiative,
    Organisation,
    Portrait,
    Resource,
    Page,
}

public static class ContentTypes
{
    public static ContentType Of<T>() => Of(typeof(T));

    public static ContentType Of(Type type) => type.Name switch
    {
        nameof(Initiative) => ContentType.Initiative,
        nameof(Organisation) => ContentType.Organisation,
        nameof(Portrait) => ContentType.Portrait,
        nameof(Resource) => ContentType.Resource,
        nameof(Page) => ContentType.Page,
        _ => throw new ArgumentException($"{type.Name} is not a content type."),
    };
}
