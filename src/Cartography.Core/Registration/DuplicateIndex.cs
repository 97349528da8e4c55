using Cartography.Core.Content;

namespace Cartography.Core.Registration;

/// <summary>
/// Initiatives grouped by postal code and by website host, so that a submission is compared with the few that share
/// one of them, never with the whole directory. Build once per set of initiatives (a read-model snapshot, the queue).
/// </summary>
public sealed class DuplicateIndex
{
    private readonly Dictionary<string, List<(Guid Id, Initiative Content)>> byPostalCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Guid Id, Initiative Content)>> byWebsiteHost = new(StringComparer.Ordinal);

    public DuplicateIndex(IEnumerable<(Guid Id, Initiative Content)> initiatives)
    {
        foreach (var entry in initiatives)
        {
            if (DuplicateCheck.PostalCodeKey(entry.Content) is { Length: > 0 } code) Add(byPostalCode, code, entry);
            if (DuplicateCheck.WebsiteHost(entry.Content.Website) is { } host) Add(byWebsiteHost, host, entry);
        }
    }

    /// <summary>The initiatives <paramref name="proposed"/> may duplicate, leaving out <paramref name="except"/> (itself, or the one it changes).</summary>
    public IReadOnlyList<DuplicateMatch> Find(Initiative proposed, params IReadOnlyCollection<Guid> except)
    {
        var found = new Dictionary<Guid, DuplicateReasons>();
        var code = DuplicateCheck.PostalCodeKey(proposed);
        var host = DuplicateCheck.WebsiteHost(proposed.Website);
        var candidates = (byPostalCode.GetValueOrDefault(code) ?? []).Concat(host is null ? [] : byWebsiteHost.GetValueOrDefault(host) ?? []);
        foreach (var (id, content) in candidates)
        {
            if (except.Contains(id) || found.ContainsKey(id)) continue;
            var reasons = DuplicateCheck.Compare(proposed, content);
            if (reasons != DuplicateReasons.None) found[id] = reasons;
        }
        return [.. found.Select(f => new DuplicateMatch(f.Key, f.Value))];
    }

    private static void Add(Dictionary<string, List<(Guid, Initiative)>> index, string key, (Guid, Initiative) entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }
}
