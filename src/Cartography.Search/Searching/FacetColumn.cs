using System.Numerics;

namespace Cartography.Search.Searching;

/// <summary>
/// One facet over the published initiatives: its keys in display order and, per initiative (by ordinal), the keys it
/// holds as a bit mask, so that filtering and counting are loops over an array.
/// </summary>
public sealed class FacetColumn
{
    /// <summary>A mask holds 63 keys; the last bit, which no initiative holds, stands for keys the facet does not know.</summary>
    public const int MaxKeys = 63;

    private const ulong Unknown = 1UL << MaxKeys;

    private readonly Dictionary<string, int> bitOf;
    private readonly ulong[] masks;

    public FacetColumn(string name, IReadOnlyList<string> keys, int count, Func<int, IEnumerable<string>> valuesOf)
    {
        if (keys.Count > MaxKeys) throw new ArgumentException($"Facet '{name}' has {keys.Count} keys; at most {MaxKeys} fit a mask.", nameof(keys));
        Name = name;
        Keys = keys;
        bitOf = keys.Select((key, bit) => (key, bit)).ToDictionary(p => p.key, p => p.bit, StringComparer.Ordinal);
        masks = new ulong[count];
        for (var ordinal = 0; ordinal < count; ordinal++) masks[ordinal] = MaskOf(valuesOf(ordinal)) & ~Unknown;
    }

    public string Name { get; }
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The mask of these keys; a key the facet does not know matches nothing (rather than lifting the filter).</summary>
    public ulong MaskOf(IEnumerable<string> keys)
    {
        var mask = 0UL;
        foreach (var key in keys)
            mask |= bitOf.TryGetValue(key, out var bit) ? 1UL << bit : Unknown;
        return mask;
    }

    /// <summary>True when the initiative holds one of the wanted keys, or nothing is wanted.</summary>
    public bool Accepts(int ordinal, ulong wanted) => wanted == 0 || (masks[ordinal] & wanted) != 0;

    /// <summary>Adds one to the count of every key the initiative holds.</summary>
    public void Count(int ordinal, int[] counts)
    {
        for (var mask = masks[ordinal]; mask != 0; mask &= mask - 1)
            counts[BitOperations.TrailingZeroCount(mask)]++;
    }

    public IReadOnlyDictionary<string, int> ToDictionary(int[] counts)
    {
        var result = new Dictionary<string, int>(Keys.Count, StringComparer.Ordinal);
        for (var bit = 0; bit < Keys.Count; bit++) result[Keys[bit]] = counts[bit];
        return result;
    }
}
