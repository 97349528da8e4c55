using System.Numerics;

namespace Cartography.Search.Searching;

/// <summary>
/// Sets of initiatives as bitmaps (bit <c>i</c> of word <c>i / 64</c> is ordinal <c>i</c>): filtering and facet
/// counting become ANDs and population counts over 64 initiatives at a time.
/// </summary>
internal static class Bitmaps
{
    public static int WordsFor(int size) => (size + 63) / 64;

    /// <summary>Every ordinal below <paramref name="size"/>.</summary>
    public static ulong[] All(int size)
    {
        var bitmap = new ulong[WordsFor(size)];
        Array.Fill(bitmap, ulong.MaxValue);
        if (size % 64 != 0) bitmap[^1] = (1UL << (size % 64)) - 1;
        return bitmap;
    }

    public static void Set(ulong[] bitmap, int ordinal) => bitmap[ordinal >> 6] |= 1UL << (ordinal & 63);

    public static bool Contains(ulong[] bitmap, int ordinal) => (bitmap[ordinal >> 6] & (1UL << (ordinal & 63))) != 0;

    public static void OrInto(ulong[] target, ulong[] source)
    {
        for (var w = 0; w < target.Length; w++) target[w] |= source[w];
    }

    public static void AndInto(ulong[] target, ulong[] source)
    {
        for (var w = 0; w < target.Length; w++) target[w] &= source[w];
    }

    public static int Count(ulong[] bitmap)
    {
        var count = 0;
        foreach (var word in bitmap) count += BitOperations.PopCount(word);
        return count;
    }

    public static int CountAnd(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var w = 0; w < a.Length; w++) count += BitOperations.PopCount(a[w] & b[w]);
        return count;
    }

    public static List<int> Ordinals(ulong[] bitmap)
    {
        var ordinals = new List<int>();
        for (var w = 0; w < bitmap.Length; w++)
            for (var bits = bitmap[w]; bits != 0; bits &= bits - 1)
                ordinals.Add(w * 64 + BitOperations.TrailingZeroCount(bits));
        return ordinals;
    }
}
