using System.Text;
using System.Text.RegularExpressions;

namespace Cartography.Web.Features.Localization;

/// <summary>
/// French spacing for text shown to a reader: a narrow no-break space (U+202F) before <c>; : ! ?</c> and <c>»</c> and
/// after <c>«</c>, so that no line starts with a colon or ends with an opening guillemet. A space already there
/// becomes the narrow one; a missing one is added only where the sign ends a word (<c>Quoi?</c>, <c>ici: là</c>), never
/// inside a time (<c>09:00</c>), an address (<c>https://…?q=1</c>) or a format placeholder (<c>{0:d}</c>).
/// </summary>
public static partial class FrenchTypography
{
    public const char NarrowNoBreakSpace = '\u202F';

    private const string Signs = ";:!?";

    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(";:!?«»") < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        var last = 0;
        foreach (Match kept in Untouchable().Matches(text))
        {
            Space(text, last, kept.Index, result);
            AfterOpeningGuillemet(result);
            result.Append(kept.Value);
            last = kept.Index + kept.Length;
        }
        Space(text, last, text.Length, result);
        AfterOpeningGuillemet(result);
        return result.ToString();
    }

    private static void Space(string text, int start, int end, StringBuilder result)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var previous = result.Length > 0 ? result[^1] : '\0';
            if (previous == '«')
            {
                if (IsSpace(c)) continue;
                result.Append(NarrowNoBreakSpace);
            }
            if (Signs.Contains(c) && !Signs.Contains(previous))
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (IsSpace(previous)) TrimSpaces(result).Append(NarrowNoBreakSpace);
                else if (EndsWord(previous) && (next == '\0' || char.IsWhiteSpace(next) || Signs.Contains(next) || "»\"”)<".Contains(next))) result.Append(NarrowNoBreakSpace);
            }
            else if (c == '»')
            {
                // At the start of a text, » closes what an element before it holds (« *mot* »).
                TrimSpaces(result);
                if (result.Length == 0 || !char.IsWhiteSpace(result[^1])) result.Append(NarrowNoBreakSpace);
            }
            result.Append(c);
        }
    }

    private static void AfterOpeningGuillemet(StringBuilder result)
    {
        if (result.Length > 0 && result[^1] == '«') result.Append(NarrowNoBreakSpace);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or NarrowNoBreakSpace;

    private static bool EndsWord(char c) => char.IsLetterOrDigit(c) || ")]»\"”’'…*}".Contains(c);

    private static StringBuilder TrimSpaces(StringBuilder text)
    {
        while (text.Length > 0 && IsSpace(text[^1])) text.Length--;
        return text;
    }

    // Left as written: addresses, entities, format placeholders and times.
    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://[^\s<>]*|mailto:[^\s<>]+|&#?[A-Za-z0-9]+;|\{[^{}]*\}|\b\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Untouchable();
}
