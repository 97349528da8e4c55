using System.Text.Json.Serialization;

namespace Cartography.Core.Content;

/// <summary>Whether an initiative runs now.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Activity>))]
public enum Activity
{
    Active,
    Starting,
    Ended,
}
