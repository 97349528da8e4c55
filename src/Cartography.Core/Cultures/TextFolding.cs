using System.Globalization;
using System.Text;

namespace Cartography.Core.Cultures;

/// <summary>Lower-case, accent-free text, so that "retablissement" finds "Rétablissement".</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Plain ASCII has no accent to take off (most names in Dutch and English): no need to decompose.
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> Words(string text) =>
        Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
