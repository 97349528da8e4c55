using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Core.Registration;

/// <summary>
/// When two initiatives are probably the same one. Names are compared in every culture against every culture, folded
/// (case and accents off) and cut into words of two letters or more ("Pair-à-pair" and "Pair à pair" are then equal).
/// Two names are similar when their words are the same, when one's words appear in a row in the other (a name of at
/// least six letters: "Similes" in "Similes Bruxelles"), when they share most of their words (at least 60% of all
/// their distinct words, two at least in common), or when they differ by a typo (one edit for names of four to seven
/// letters, two from eight). A similar name counts only with the same postal code; a shared website counts alone.
/// </summary>
public static class DuplicateCheck
{
    private const double WordOverlap = 0.6;
    private const int ContainedLength = 6;

    /// <summary>What two initiatives have in common that suggests they are one.</summary>
    public static DuplicateReasons Compare(Initiative a, Initiative b)
    {
        var reasons = DuplicateReasons.None;
        if (SamePostalCode(a, b) && SimilarNames(a.Name, b.Name)) reasons |= DuplicateReasons.SimilarName;
        if (WebsiteKey(a.Website) is { } site && site == WebsiteKey(b.Website)) reasons |= DuplicateReasons.SameWebsite;
        return reasons;
    }

    public static bool SamePostalCode(Initiative a, Initiative b) =>
        PostalCodeKey(a) is { Length: > 0 } code && code == PostalCodeKey(b);

    internal static string PostalCodeKey(Initiative initiative) => initiative.Address.PostalCode.Trim();

    public static bool SimilarNames(LocalizedText a, LocalizedText b)
    {
        var first = a.Values.Select(v => Words(v.Value)).Where(w => w.Length > 0).ToList();
        var second = b.Values.Select(v => Words(v.Value)).Where(w => w.Length > 0).ToList();
        return first.Any(x => second.Any(y => Similar(x, y)));
    }

    /// <summary>
    /// A website as host and path, without scheme, <c>www.</c>, query, fragment, trailing slash or case:
    /// <c>https://www.Example.be/Pairs/</c> and <c>example.be/pairs</c> are the same. Null when it is no web address.
    /// </summary>
    public static string? WebsiteKey(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var text = website.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "http://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/').ToLowerInvariant();
        return host + path;
    }

    /// <summary>The host part of <see cref="WebsiteKey"/>: what an index of websites is keyed on.</summary>
    public static string? WebsiteHost(string? website) => WebsiteKey(website) is { } key ? key.Split('/')[0] : null;

    private static string[] Words(string name)
    {
        var folded = TextFolding.Fold(name);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2) words.Add(folded[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }

    private static bool Similar(string[] a, string[] b)
    {
        var (x, y) = (string.Join(' ', a), string.Join(' ', b));
        if (x == y) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Replace(" ", "").Length >= ContainedLength && $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal)) return true;
        var (setA, setB) = (a.ToHashSet(), b.ToHashSet());
        var common = setA.Count(setB.Contains);
        if (common >= 2 && common >= WordOverlap * setA.Union(setB).Count()) return true;
        var allowed = shorter.Length >= 8 ? 2 : shorter.Length >= 4 ? 1 : 0;
        return allowed > 0 && longer.Length - shorter.Length <= allowed && EditDistance(x, y, allowed) <= allowed;
    }

    /// <summary>Levenshtein distance, giving up (answering more than <paramref name="limit"/>) once past it.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
