using System.Buffers;
using System.Collections;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
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
    public const int MaxPlaceSuggestions = 3;

    public SearchResult Search(InitiativeQuery query, MapRequest? map = null)
    {
        var snapshot = directory.Current;
        var size = snapshot.Initiatives.Count;
        var columns = snapshot.Columns.All;
        var scores = ArrayPool<float>.Shared.Rent(size);
        try
        {
            var text = new ulong[Bitmaps.WordsFor(size)];
            var filtered = query.Text is not null && index.Search(query.Culture, query.Text, (id, score) =>
            {
                // The index may run a moment ahead of or behind the snapshot; what only one of them knows is left out.
                if (snapshot.OrdinalOf(id) is not { } ordinal) return;
                scores[ordinal] = score;
                Bitmaps.Set(text, ordinal);
            });
            if (!filtered) text = Bitmaps.All(size);

            var passing = snapshot.Columns.WantedBy(query).Select((wanted, f) => columns[f].Passing(wanted)).ToArray();
            var municipalities = query.Municipalities.Count > 0 ? snapshot.Municipalities.Passing(query.Municipalities) : null;
            if (municipalities is not null) passing = [.. passing, municipalities];
            var hits = Without(text, passing, except: -1);
            // Each facet is counted over the hits of every other filter, so that ticking a value shows what the others would add.
            var facets = columns.Select((column, f) => (column.Name, Counts: column.Count(passing[f] is null ? hits : Without(text, passing, except: f))))
                .ToDictionary(p => p.Name, p => p.Counts);
            var places = query.CountMunicipalities
                ? snapshot.Municipalities.Count(municipalities is null ? hits : Without(text, passing, except: passing.Length - 1))
                    .Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value)
                : null;

            var total = Bitmaps.Count(hits);
            var page = Page(snapshot, query, hits, filtered ? scores : null);
            var layer = map is null ? null : snapshot.Points.Cluster(map.Box, map.Zoom, HitsOf(hits, size), ordinal => Describe(snapshot, ordinal, query.Culture), query.Culture);
            return new SearchResult(total, page, facets, layer, places);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>The text's hits that pass every facet filter but the one at <paramref name="except"/>.</summary>
    private static ulong[] Without(ulong[] text, ulong[]?[] passing, int except)
    {
        var result = (ulong[])text.Clone();
        for (var f = 0; f < passing.Length; f++)
            if (f != except && passing[f] is { } filter) Bitmaps.AndInto(result, filter);
        return result;
    }

    private static HitFilter HitsOf(ulong[] hits, int size)
    {
        var bits = new BitArray(System.Runtime.InteropServices.MemoryMarshal.Cast<ulong, int>(hits).ToArray()) { Length = size };
        return new HitFilter(bits);
    }

    private MapPointInfo Describe(DirectorySnapshot snapshot, int ordinal, Culture culture)
    {
        var initiative = snapshot.Initiatives[ordinal];
        return new(initiative.Id, initiative.Content.Name.For(culture).Text, initiative.Content.Sectors.FirstOrDefault(),
            snapshot.Places.CityIn(ordinal, culture), linkTo(culture, initiative.Content));
    }

    /// <summary>Names starting with what was typed, best first, for the search box.</summary>
    public IReadOnlyList<Suggestion> Suggest(Culture culture, string prefix) =>
        string.IsNullOrWhiteSpace(prefix) ? [] : index.Suggest(culture, prefix, MaxSuggestions);

    /// <summary>
    /// Municipalities with hits whose name, in any language, begins with what was typed (or has a word that does),
    /// most hits first; counted for the query's filters without its text, which is the place name being typed.
    /// </summary>
    public IReadOnlyList<PlaceSuggestion> SuggestPlaces(InitiativeQuery query, string typed, int max = MaxPlaceSuggestions)
    {
        var folded = TextFolding.Fold(typed ?? "").Trim();
        if (folded.Length == 0) return [];
        var counts = Search(query with { Text = null, Skip = 0, Take = 0, CountMunicipalities = true }).Municipalities!;
        return counts
            .Select(p => (Municipality: BelgianPlaces.Belgium.Municipality(p.Key), Count: p.Value))
            .Where(p => p.Municipality is { } m && m.Names.Any(name => Begins(TextFolding.Fold(name), folded)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Municipality!.NameIn(query.Culture), StringComparer.Create(new System.Globalization.CultureInfo(query.Culture.Code), true))
            .Take(max)
            .Select(p => new PlaceSuggestion(p.Municipality!.NisCode, p.Municipality.NameIn(query.Culture), p.Count, p.Municipality.Centre))
            .ToList();

        static bool Begins(string name, string typed) =>
            name.StartsWith(typed, StringComparison.Ordinal)
            || name.Split([' ', '-', '\'', '/'], StringSplitOptions.RemoveEmptyEntries).Any(word => word.StartsWith(typed, StringComparison.Ordinal));
    }

    private static List<SearchItem> Page(DirectorySnapshot snapshot, InitiativeQuery query, ulong[] isHit, float[]? scores)
    {
        if (query.Take == 0) return [];
        var wanted = query.Skip + query.Take;
        var rank = snapshot.NameRank(query.Culture);
        if (query.Near is { } origin)
        {
            var hits = Bitmaps.Ordinals(isHit);
            var distances = hits.ToDictionary(h => h, h => snapshot.Initiatives[h].Content.Location is { } p ? Distances.Kilometres(origin, p) : double.PositiveInfinity);
            var byDistance = Comparer<int>.Create((a, b) => distances[a].CompareTo(distances[b]) is var c && c != 0 ? c : rank[a].CompareTo(rank[b]));
            return TopN.Select(hits, wanted, byDistance).Skip(query.Skip)
                .Select(h => new SearchItem(snapshot.Initiatives[h], double.IsFinite(distances[h]) ? Math.Round(distances[h], 1) : null)).ToList();
        }
        if (scores is not null)
        {
            var hits = Bitmaps.Ordinals(isHit);
            var byScore = Comparer<int>.Create((a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : rank[a].CompareTo(rank[b]));
            return TopN.Select(hits, wanted, byScore).Skip(query.Skip).Select(h => new SearchItem(snapshot.Initiatives[h])).ToList();
        }
        var page = new List<SearchItem>(query.Take);
        var seen = 0;
        foreach (var ordinal in snapshot.NameOrder(query.Culture))
        {
            if (!Bitmaps.Contains(isHit, ordinal) || seen++ < query.Skip) continue;
            page.Add(new SearchItem(snapshot.Initiatives[ordinal]));
            if (page.Count == query.Take) break;
        }
        return page;
    }
}
