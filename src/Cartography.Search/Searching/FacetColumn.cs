namespace Cartography.Search.Searching;

/// <summary>
/// One facet over the published initiatives: its keys in display order and, per key, the set of initiatives (by
/// ordinal) that hold it as a bitmap, so that filtering and counting work on 64 initiatives at a time.
/// </summary>
public sealed class FacetColumn
{
    private readonly Dictionary<string, int> indexOf;
    private readonly ulong[][] holders;
    private readonly int words;

    public FacetColumn(string name, IReadOnlyList<string> keys, int count, Func<int, IEnumerable<string>> valuesOf)
    {
        Name = name;
        Keys = keys;
        indexOf = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        words = Bitmaps.WordsFor(count);
        holders = keys.Select(_ => new ulong[words]).ToArray();
        for (var ordinal = 0; ordinal < count; ordinal++)
            foreach (var value in valuesOf(ordinal))
                if (indexOf.TryGetValue(value, out var key)) Bitmaps.Set(holders[key], ordinal);
    }

    public string Name { get; }
    public IReadOnlyList<string> Keys { get; }

    /// <summary>
    /// The initiatives holding one of the wanted keys, or null when nothing is wanted (no filter). A key the facet does
    /// not know matches nothing rather than lifting the filter.
    /// </summary>
    internal ulong[]? Passing(IReadOnlyCollection<string> wanted)
    {
        if (wanted.Count == 0) return null;
        var passing = new ulong[words];
        foreach (var key in wanted)
            if (indexOf.TryGetValue(key, out var index)) Bitmaps.OrInto(passing, holders[index]);
        return passing;
    }

    /// <summary>How many of <paramref name="among"/> hold each key, in the order of <see cref="Keys"/>.</summary>
    internal IReadOnlyDictionary<string, int> Count(ulong[] among)
    {
        var counts = new Dictionary<string, int>(Keys.Count, StringComparer.Ordinal);
        for (var key = 0; key < Keys.Count; key++) counts[Keys[key]] = Bitmaps.CountAnd(holders[key], among);
        return counts;
    }
}
