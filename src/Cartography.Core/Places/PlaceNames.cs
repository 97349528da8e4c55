using Cartography.Core.Cultures;

namespace Cartography.Core.Places;

/// <summary>How people's spellings of a place are compared: case, accents, hyphens, apostrophes and spaces do not count.</summary>
public static class PlaceNames
{
    /// <summary>"Sint-Joost-ten-Node", "sint joost ten node" and "SINT JOOST-TEN-NODE" all give "sintjoosttennode".</summary>
    public static string Key(string name)
    {
        var folded = TextFolding.Fold(name.Trim());
        return string.Create(folded.Count(char.IsLetterOrDigit), folded, static (span, text) =>
        {
            var i = 0;
            foreach (var c in text)
                if (char.IsLetterOrDigit(c)) span[i++] = c;
        });
    }

    public static bool Same(string a, string b) => Key(a) == Key(b);
}
