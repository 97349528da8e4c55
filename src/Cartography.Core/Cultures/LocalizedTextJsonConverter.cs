using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cartography.Core.Cultures;

/// <summary>Writes a localized text as <c>{"fr": "...", "nl": "...", "en": "..."}</c>, leaving out missing cultures.</summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return LocalizedText.Empty;
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(ref reader, options) ?? [];
        return LocalizedText.From(map
            .Where(p => Culture.TryParse(p.Key, out _))
            .Select(p => KeyValuePair.Create(Culture.Parse(p.Key), p.Value)));
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (culture, text) in value.Values) writer.WriteString(culture.Code, text);
        writer.WriteEndObject();
    }
}
