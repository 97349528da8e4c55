using Cartography.Core.Cultures;

namespace Cartography.Data.Synthetic;

/// <summary>One fragment of synthetic text in the three cultures.</summary>
internal sealed record Phrase(string Fr, string Nl, string En)
{
    public string In(Culture culture) => culture == Culture.Fr ? Fr : culture == Culture.Nl ? Nl : En;

    public LocalizedText ToText() => LocalizedText.Of(Fr, Nl, En);

    /// <summary>A text known to exist in all three cultures (a place or organisation name).</summary>
    public static Phrase From(LocalizedText text) => new(text.In(Culture.Fr)!, text.In(Culture.Nl)!, text.In(Culture.En)!);
}
