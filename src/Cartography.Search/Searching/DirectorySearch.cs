using System.Buffers;
using System.Collections;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Search.FullText;
using Cartography.Search.Map;
using Cartography.Search.ReadModel;

namespace Cartography.Search.Searching;

/// <summary>
/// Searches the published directory: text through the culture's full-text index, facets and the map grid over the
/// in-memory snapshot. One pass over the text hits (or every initiative) filters, counts the facets and marks the
/// hits for the map.
/// </summary>
public sealed class DirectorySearch(DirectoryReadModel directory, InitiativeIndex index, Func<Culture, Initiative, string> linkTo)
{
    public const int MaxSuggestions = 8;

    public SearchResult Search(InitiativeQuery query, MapRequest? map = null)
    {
        var snapshot = directory.Current;
        var columns = snapshot.Columns.All;
        var wanted = snapshot.Columns.WantedBy(query);
        var counts = columns.Select(c => new int[c.Keys.Count]).ToArray();
        var size = snapshot.Initiatives.Count;
        var isHit = new BitArray(size);
        var scores = ArrayPool<float>.Shared.Rent(size);
        try
        {
            var hits = new List<int>();
            var text = query.Text is null ? null : index.Search(query.Culture, query.Text);
            if (text is null)
            {
                for (var ordinal = 0; ordinal < size; ordinal++) Consider(ordinal);
            }
            else
            {
                for (var k = 0; k < text.Count; k++)
                {
                    // The index may run a moment ahead of or behind the snapshot; what only one of them knows is left out.
                    if (snapshot.OrdinalOf(text.Ids[k]) is not { } ordinal) continue;
                    scores[ordinal] = text.Scores[k];
                    Consider(ordinal);
                }
            }

            var page = Page(snapshot, query, hits, isHit, text is null ? null : scores);
            var facets = columns.Select((column, f) => (column.Name, Counts: column.ToDictionary(counts[f])))
                .ToDictionary(p => p.Name, p => p.Counts);
            var layer = map is null ? null : snapshot.Points.Cluster(map.Box, map.Zoom, new HitFilter(isHit), ordinal => Describe(snapshot.Initiatives[ordinal], query.Culture));
            return new SearchResult(hits.Count, page, facets, layer);

            void Consider(int ordinal)
            {
                var failing = -1;
                for (var f = 0; f < columns.Count; f++)
                {
                    if (columns[f].Accepts(ordinal, wanted[f])) continue;
                    if (failing >= 0) return;
                    failing = f;
                }
                if (failing >= 0)
                {
                    // Held back by one facet only: it still counts for that facet's other values.
                    columns[failing].Count(ordinal, counts[failing]);
                    return;
                }
                for (var f = 0; f < columns.Count; f++) columns[f].Count(ordinal, counts[f]);
                isHit[ordinal] = true;
                hits.Add(ordinal);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    private MapPointInfo Describe(Published<Initiative> initiative, Culture culture) => new(
        initiative.Id, initiative.Content.Name.For(culture).Text, initiative.Content.Sectors.FirstOrDefault(),
        initiative.Content.Address.City, linkTo(culture, initiative.Content));

    /// <summary>Names starting with what was typed, best first, for the search box.</summary>
    public IReadOnlyList<Suggestion> Suggest(Culture culture, string prefix) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : index.Suggest(culture, prefix, MaxSuggestions);

    private static List<SearchItem> Page(DirectorySnapshot snapshot, InitiativeQuery query, List<int> hits, BitArray isHit, float[]? scores)
    {
        var wanted = query.Skip + query.Take;
        var rank = snapshot.NameRank(query.Culture);
        if (query.Near is { } origin)
        {
            var distances = hits.ToDictionary(h => h, h => snapshot.Initiatives[h].Content.Location is { } p ? Distances.Kilometres(origin, p) : double.PositiveInfinity);
            var byDistance = Comparer<int>.Create((a, b) => distances[a].CompareTo(distances[b]) is var c && c != 0 ? c : rank[a].CompareTo(rank[b]));
            return TopN.Select(hits, wanted, byDistance).Skip(query.Skip)
                .Select(h => new SearchItem(snapshot.Initiatives[h], double.IsFinite(distances[h]) ? Math.Round(distances[h], 1) : null)).ToList();
        }
        if (scores is not null)
        {
            var byScore = Comparer<int>.Create((a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : rank[a].CompareTo(rank[b]));
            return TopN.Select(hits, wanted, byScore).Skip(query.Skip).Select(h => new SearchItem(snapshot.Initiatives[h])).ToList();
        }
        var page = new List<SearchItem>(query.Take);
        var seen = 0;
        foreach (var ordinal in snapshot.NameOrder(query.Culture))
        {
            if (!isHit[ordinal] || seen++ < query.Skip) continue;
            page.Add(new SearchItem(snapshot.Initiatives[ordinal]));
            if (page.Count == query.Take) break;
        }
        return page;
    }
}
