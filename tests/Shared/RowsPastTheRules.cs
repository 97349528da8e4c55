using System.Text.Json;
using System.Text.Json.Serialization;
using Cartography.Core.Content;
using Cartography.Data.Storage;

namespace Cartography.Tests.Shared;

/// <summary>
/// Writes a published item straight into the content tables, past the content service and its rules, as data from an
/// older release or a hand edit of the database would be: what only tests may do, to show that the pages and exports
/// hold even then. It adds a change row, so a running site's read model picks the item up.
/// </summary>
public static class RowsPastTheRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<Guid> PublishAsync<T>(CartographyDatabase database, string key, T content) where T : class =>
        await StoreAsync(database, key, content, published: true);

    /// <summary>Stores <paramref name="content"/> as version 1, published or a draft only (then the public site never sees it).</summary>
    public static async Task<Guid> StoreAsync<T>(CartographyDatabase database, string key, T content, bool published) where T : class
    {
        var id = Guid.NewGuid();
        var type = ContentTypes.Of<T>().ToString();
        var now = DateTime.UtcNow;
        await using var context = database.CreateContext();
        context.ContentItems.Add(new ContentItemRow
        {
            Id = id, Type = type, Key = key, CreatedUtc = now, LatestVersion = 1, PublishedVersion = published ? 1 : null,
            LastSavedUtc = now, LastSavedBy = "test", SortName = key,
            Versions = [new ContentVersionRow { ItemId = id, Number = 1, Data = JsonSerializer.Serialize(content, Json), Author = "test", SavedUtc = now, PublishedUtc = published ? now : null }],
        });
        if (published) context.ContentChanges.Add(new ContentChangeRow { ItemId = id, Type = type, ChangedUtc = now });
        await context.SaveChangesAsync();
        return id;
    }
}
