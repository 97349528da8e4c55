namespace Cartography.Core.Cultures;

/// <summary>A text read for a culture: the text, the culture it is really written in, and whether that is a fallback.</summary>
public readonly record struct LocalizedValue(string Text, Culture Culture, bool IsFallback)
{
    public static LocalizedValue None(Culture asked) => new(string.Empty, asked, false);

    public bool IsEmpty => Text.Length == 0;

    public override string ToString() => Text;
}
