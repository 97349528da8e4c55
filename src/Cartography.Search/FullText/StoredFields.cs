namespace Cartography.Search.FullText;

/// <summary>Fields that are not searched as text but identify, sort or display a document.</summary>
internal static class StoredFields
{
    /// <summary>The id as 32 hex digits, indexed for updates and deletions, stored for suggestions.</summary>
    public const string Id = "id";

    /// <summary>The id as 16 bytes of doc values, read once per segment instead of once per hit.</summary>
    public const string IdBytes = "id_bytes";

    /// <summary>The folded name as sorted doc values, to order suggestions of equal score.</summary>
    public const string NameOrder = "name_order";
}
