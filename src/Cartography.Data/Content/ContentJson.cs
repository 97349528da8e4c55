using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cartography.Data.Content;

/// <summary>How content versions are written as JSON in the database.</summary>
internal static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Stored, never embedded in HTML: keep "é" and "’" as they are instead of \u00E9, a third smaller for French text.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T content) => JsonSerializer.Serialize(content, Options);

    /// <summary>A version of an item of <paramref name="type"/> (a <see cref="Cartography.Core.Content.ContentType"/> name).</summary>
    public static object Read(string type, string json) => Enum.Parse<Cartography.Core.Content.ContentType>(type) switch
    {
        Cartography.Core.Content.ContentType.Initiative => Read<Cartography.Core.Content.Initiative>(json),
        Cartography.Core.Content.ContentType.Organisation => Read<Cartography.Core.Content.Organisation>(json),
        Cartography.Core.Content.ContentType.Portrait => Read<Cartography.Core.Content.Portrait>(json),
        Cartography.Core.Content.ContentType.Resource => Read<Cartography.Core.Content.Resource>(json),
        Cartography.Core.Content.ContentType.Page => Read<Cartography.Core.Content.Page>(json),
        _ => throw new InvalidDataException($"Unknown content type '{type}'."),
    };

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A content version holds no content.");
}
