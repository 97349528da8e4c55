using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cartography.Core.Content;

/// <summary>Stores a range as its text, "09:00-12:30": readable in the database and in the API.</summary>
public sealed class TimeRangeJsonConverter : JsonConverter<TimeRange>
{
    public override TimeRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return TimeRange.TryParse(text, out var range) ? range : throw new JsonException($"'{text}' is not a time range (09:00-12:30).");
    }

    public override void Write(Utf8JsonWriter writer, TimeRange value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
