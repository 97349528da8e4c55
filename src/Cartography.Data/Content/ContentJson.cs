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

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("A content version holds no content.");
}
