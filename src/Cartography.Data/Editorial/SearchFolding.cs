using System.Globalization;
using System.Text;

namespace Cartography.Data.Editorial;

/// <summary>Lower-case, accent-free text, so an editor typing "reseau" finds "Réseau" on either database.</summary>
internal static class SearchFolding
{
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
