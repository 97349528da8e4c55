using System.Text.Json.Serialization;

namespace Cartography.Core.Cultures;

/// <summary>One text in up to three cultures. Blank values count as missing.</summary>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly Dictionary<Culture, string> values;

    public static LocalizedText Empty { get; } = new(new Dictionary<Culture, string>());

    private LocalizedText(Dictionary<Culture, string> values) => this.values = values;

    public static LocalizedText Of(string? fr = null, string? nl = null, string? en = null)
    {
        var values = new Dictionary<Culture, string>();
        Add(values, Culture.Fr, fr);
        Add(values, Culture.Nl, nl);
        Add(values, Culture.En, en);
        return new LocalizedText(values);
    }

    public static LocalizedText From(IEnumerable<KeyValuePair<Culture, string?>> pairs)
    {
        var values = new Dictionary<Culture, string>();
        foreach (var (culture, text) in pairs) Add(values, culture, text);
        return new LocalizedText(values);
    }

    private static void Add(Dictionary<Culture, string> values, Culture culture, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) values[culture] = text.Trim();
    }

    public bool IsEmpty => values.Count == 0;

    public bool Has(Culture culture) => values.ContainsKey(culture);

    /// <summary>The text in exactly this culture, or null.</summary>
    public string? In(Culture culture) => values.GetValueOrDefault(culture);

    public IEnumerable<Culture> MissingCultures => Culture.All.Where(c => !Has(c));

    public IEnumerable<KeyValuePair<Culture, string>> Values => Culture.All.Where(Has).Select(c => KeyValuePair.Create(c, values[c]));

    /// <summary>The text for <paramref name="culture"/>, or the first available along the fallback order.</summary>
    public LocalizedValue For(Culture culture, CultureFallback? fallback = null)
    {
        if (values.TryGetValue(culture, out var own)) return new LocalizedValue(own, culture, false);
        foreach (var other in (fallback ?? CultureFallback.Default).Order)
            if (values.TryGetValue(other, out var text)) return new LocalizedValue(text, other, true);
        return LocalizedValue.None(culture);
    }

    public LocalizedText With(Culture culture, string? text)
    {
        var copy = new Dictionary<Culture, string>(values);
        copy.Remove(culture);
        Add(copy, culture, text);
        return new LocalizedText(copy);
    }

    public LocalizedText Select(Func<string, string> transform) =>
        From(Values.Select(p => KeyValuePair.Create(p.Key, (string?)transform(p.Value))));

    public bool Equals(LocalizedText? other) =>
        other is not null && values.Count == other.values.Count &&
        values.All(p => other.values.TryGetValue(p.Key, out var v) && v == p.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (culture, text) in Values) { hash.Add(culture.Code); hash.Add(text); }
        return hash.ToHashCode();
    }

    public override string ToString() => For(Culture.Fr).Text;
}
