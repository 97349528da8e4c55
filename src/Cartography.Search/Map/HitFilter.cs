using System.Collections;

namespace Cartography.Search.Map;

/// <summary>
/// Which initiatives a search found, by ordinal (the index in the list <see cref="MapPoints"/> was built from).
/// <c>default</c> is <see cref="All"/>; otherwise a <see cref="BitArray"/> as long as there are ordinals, bit set = hit,
/// read as it is (not copied) when the map is clustered.
/// </summary>
public readonly struct HitFilter
{
    private readonly BitArray? hits;

    public HitFilter(BitArray hits) => this.hits = hits ?? throw new ArgumentNullException(nameof(hits));

    /// <summary>No filter: every initiative with a location is a hit.</summary>
    public static HitFilter All => default;

    public static HitFilter Of(IEnumerable<int> ordinals, int ordinalCount)
    {
        var bits = new BitArray(ordinalCount);
        foreach (var ordinal in ordinals) bits[ordinal] = true;
        return new HitFilter(bits);
    }

    public bool Contains(int ordinal) => hits is null || hits[ordinal];

    internal void EnsureCovers(int ordinalCount)
    {
        if (hits is not null && hits.Length != ordinalCount)
            throw new ArgumentException($"The hit filter has {hits.Length} bits for {ordinalCount} ordinals.", nameof(hits));
    }
}
