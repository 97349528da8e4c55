namespace Cartography.Search.FullText;

/// <summary>
/// Every initiative matching a text, in no particular order: <c>Ids[i]</c> scored <c>Scores[i]</c> (higher is more relevant).
/// All hits are there, not a top N, so that callers can count facets over them.
/// </summary>
public sealed class TextHits
{
    public static TextHits None { get; } = new([], []);

    public TextHits(Guid[] ids, float[] scores)
    {
        if (ids.Length != scores.Length) throw new ArgumentException("Ids and scores must be parallel arrays.", nameof(scores));
        Ids = ids;
        Scores = scores;
    }

    public Guid[] Ids { get; }

    public float[] Scores { get; }

    public int Count => Ids.Length;
}
