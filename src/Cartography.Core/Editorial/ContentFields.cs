using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Core.Editorial;

/// <summary>
/// Flattens a content record into display strings by path: texts per culture ("name.fr"), nested records by
/// property ("address.city"), lists of plain values as sets ("sectors"), lists of records by position
/// ("images.0.path"). Derived properties (marked [JsonIgnore]) are left out: they follow from stored ones.
/// </summary>
internal static class ContentFields
{
    public abstract record FieldValue;
    public sealed record SingleValue(string? Text) : FieldValue;
    public sealed record ListValue(IReadOnlyList<string> Items) : FieldValue;

    public static Dictionary<string, FieldValue> Of(object content)
    {
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        AddRecord(fields, "", content);
        return fields;
    }

    private static void AddRecord(Dictionary<string, FieldValue> fields, string prefix, object record)
    {
        foreach (var property in record.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.IsDefined(typeof(JsonIgnoreAttribute))) continue;
            if (property.DeclaringType == typeof(object) || property.Name == "EqualityContract") continue;
            Add(fields, prefix + JsonName(property.Name), property.PropertyType, property.GetValue(record));
        }
    }

    private static void Add(Dictionary<string, FieldValue> fields, string path, Type type, object? value)
    {
        if (type == typeof(LocalizedText)) value ??= LocalizedText.Empty;
        switch (value)
        {
            case LocalizedText text:
                foreach (var culture in Culture.All) fields[$"{path}.{culture.Code}"] = new SingleValue(text.In(culture));
                return;
            case string or null when !IsRecord(type) && !IsList(type):
                fields[path] = new SingleValue(Display(value));
                return;
            case null when IsList(type):
                fields[path] = new ListValue([]);
                return;
            case null:
                fields[path] = new SingleValue(null);
                return;
            case IEnumerable list when value is not string:
                var items = list.Cast<object?>().ToList();
                if (items.Count > 0 && items.All(i => i is not null && IsRecord(i.GetType())))
                {
                    for (var i = 0; i < items.Count; i++) AddRecord(fields, $"{path}.{i}.", items[i]!);
                    return;
                }
                fields[path] = new ListValue(items.Select(Display).OfType<string>().ToList());
                return;
            default:
                if (IsRecord(type)) AddRecord(fields, path + ".", value);
                else fields[path] = new SingleValue(Display(value));
                return;
        }
    }

    private static string? Display(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "yes" : "no",
        GeoPoint point => string.Create(CultureInfo.InvariantCulture, $"{point.Latitude:0.######}, {point.Longitude:0.######}"),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        Enum choice => JsonName(choice.ToString()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Our own records (Address, PublicContact, PortraitImage), not values shown whole such as a point or a date.</summary>
    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type) &&
        type.Namespace?.StartsWith("Cartography.Core", StringComparison.Ordinal) == true;

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
