using System.Globalization;
using System.Text;

namespace Cartography.Core.Content;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens ("Santé mentale à Liège" → "sante-mentale-a-liege").</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
            if (builder.Length >= MaxLength) break;
        }
        return builder.ToString().TrimEnd('-');
    }

    /// <summary>The slug, or the first "slug-2", "slug-3", ... that <paramref name="isTaken"/> refuses.</summary>
    public static string Unique(string slug, Func<string, bool> isTaken)
    {
        var stem = slug.Length == 0 ? "item" : slug;
        var candidate = stem;
        for (var n = 2; isTaken(candidate); n++) candidate = $"{stem}-{n}";
        return candidate;
    }

    public static bool IsWellFormed(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength + 8 && slug == From(slug);
}
