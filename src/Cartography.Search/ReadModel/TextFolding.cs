using System.Globalization;
using System.Text;

namespace Cartography.Search.ReadModel;

/// <summary>Lower-case, accent-free text, so that "retablissement" finds "Rétablissement".</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> Words(string text) =>
        Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
