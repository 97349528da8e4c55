using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// At start-up, matches the place of every initiative stored before places were (seed, imported, registered): its
/// published and latest versions get their municipality through <see cref="ContentTransaction.MatchPlacesAsync"/>, one
/// content-service transaction each, with version, audit and change rows; no version is rewritten. An initiative whose
/// city names none of its postal code's places keeps its string and is reported. Idempotent: the candidates are read
/// in one query over the versions that lack a municipality, so a database with nothing to match costs that query;
/// two nodes running it at once race harmlessly (the loser's retry finds the place matched).
/// </summary>
public sealed class PlaceBackfill(ContentService content)
{
    private static readonly Actor Backfill = Actor.System("place matching");

    public async Task<PlaceBackfillReport> FillAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<Candidate> candidates;
        await using (var context = content.Database.CreateContext()) candidates = await CandidatesAsync(context, cancellationToken);
        var matched = 0;
        var unmatched = new List<UnmatchedPlace>();
        foreach (var item in candidates)
        {
            if (item.Unmatched is { } left)
            {
                unmatched.Add(left);
                continue;
            }
            var outcome = await content.RunAsync((tx, ct) => tx.MatchPlacesAsync(Backfill, item.Id, ct), o => o is { Succeeded: true },
                EditOutcome.Refused(EditStatus.Conflict, item.Id), cancellationToken);
            if (outcome is { Succeeded: true }) matched++;
        }
        return new PlaceBackfillReport(matched, unmatched);
    }

    /// <summary>The initiatives whose city names none of their postal code's places, by name (the dashboard's list).</summary>
    internal static async Task<IReadOnlyList<UnmatchedPlace>> UnmatchedAsync(CartographyDbContext context, CancellationToken cancellationToken) =>
        (await CandidatesAsync(context, cancellationToken)).Select(c => c.Unmatched).OfType<UnmatchedPlace>()
            .OrderBy(u => u.PostalCode, StringComparer.Ordinal).ThenBy(u => u.Id).ToList();

    /// <summary>
    /// Every live initiative with a published or latest version lacking a municipality, read in one query: a matched
    /// version's JSON holds <see cref="InitiativePlaces.MatchedMarker"/>. Those that can be matched now are left for
    /// the backfill; the others carry what the report and the dashboard show (postal code and city: public data only).
    /// </summary>
    private static async Task<IReadOnlyList<Candidate>> CandidatesAsync(CartographyDbContext context, CancellationToken cancellationToken)
    {
        var type = nameof(ContentType.Initiative);
        var rows = await (from item in context.ContentItems
                          join version in context.ContentVersions on item.Id equals version.ItemId
                          where item.Type == type && item.DeletedUtc == null
                                && (version.Number == item.LatestVersion || version.Number == item.PublishedVersion)
                                && !version.Data.Contains(InitiativePlaces.MatchedMarker) && !version.Data.Contains(InitiativePlaces.NoPostalCodeMarker)
                          select new { item.Id, version.Number, item.LatestVersion, version.Data }).AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id).Select(g =>
        {
            var versions = g.Select(r => ContentJson.Read<Initiative>(r.Data)).ToList();
            if (versions.Any(v => v.Address.Resolved().Municipality is not null)) return new Candidate(g.Key, null);
            // The latest version is what the editor opens and fixes; else the published one.
            var shown = g.OrderByDescending(r => r.Number == r.LatestVersion).Select(r => ContentJson.Read<Initiative>(r.Data)).First();
            return new Candidate(g.Key, new UnmatchedPlace(g.Key, shown.Name, shown.Address.PostalCode, shown.Address.City));
        }).ToList();
    }

    private sealed record Candidate(Guid Id, UnmatchedPlace? Unmatched);
}

/// <summary>What the place backfill did: initiatives given a municipality, and those whose city matched no place.</summary>
public sealed record PlaceBackfillReport(int Matched, IReadOnlyList<UnmatchedPlace> Unmatched);
