using Cartography.Core.Places;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Editorial;

/// <summary>
/// The back office's lists and dashboard. They read item rows only, where each save keeps the latest version's
/// names, translation marks and author, so a page never opens version JSON.
/// </summary>
public sealed class EditorialQueries(CartographyDatabase database)
{
    public async Task<ContentPage> ListAsync(ContentType type, ContentListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1, nameof(query.Page));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query.PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, ContentListQuery.MaxPageSize, nameof(query.PageSize));

        await using var context = database.CreateContext();
        var typeName = type.ToString();
        var items = context.ContentItems.AsNoTracking().Where(i => i.Type == typeName && i.DeletedUtc == null);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = TextFolding.Fold(query.Search.Trim());
            items = items.Where(i => i.SearchText.Contains(folded));
        }
        var total = await items.CountAsync(cancellationToken);
        var ordered = (query.Sort, query.Descending) switch
        {
            (ContentSort.Name, false) => items.OrderBy(i => i.SortName),
            (ContentSort.Name, true) => items.OrderByDescending(i => i.SortName),
            (ContentSort.State, false) => items.OrderBy(i => i.EditState).ThenByDescending(i => i.LastSavedUtc),
            (ContentSort.State, true) => items.OrderByDescending(i => i.EditState).ThenByDescending(i => i.LastSavedUtc),
            (_, false) => items.OrderBy(i => i.LastSavedUtc),
            (_, true) => items.OrderByDescending(i => i.LastSavedUtc),
        };
        var rows = await ListColumns(ordered.ThenBy(i => i.Id).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize))
            .ToListAsync(cancellationToken);
        return new ContentPage(total, query.Page, query.PageSize, rows.Select(ToListItem).ToList());
    }

    public async Task<EditorialDashboard> DashboardAsync(DateTimeOffset now, int recentCount = 10, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var items = context.ContentItems.AsNoTracking().Where(i => i.DeletedUtc == null);
        var initiatives = items.Where(i => i.Type == nameof(ContentType.Initiative));
        var yearAgo = BelgianTime.DateOf(now).AddMonths(-12);
        var notVerified = await initiatives.CountAsync(i => i.LastVerified < yearAgo, cancellationToken);
        var neverVerified = await initiatives.CountAsync(i => i.LastVerified == null, cancellationToken);

        var counts = await items.GroupBy(i => i.Type).Select(g => new
        {
            Type = g.Key, Total = g.Count(),
            Fr = g.Count(i => i.TranslatedFr), Nl = g.Count(i => i.TranslatedNl), En = g.Count(i => i.TranslatedEn),
        }).ToListAsync(cancellationToken);
        var translations = (
            from type in Enum.GetValues<ContentType>()
            let count = counts.FirstOrDefault(c => c.Type == type.ToString())
            from culture in Culture.All
            let translated = count is null ? 0 : culture == Culture.Fr ? count.Fr : culture == Culture.Nl ? count.Nl : count.En
            select new TranslationCompleteness(type, culture, translated, count?.Total ?? 0)).ToList();

        var recent = await ListColumns(items.OrderByDescending(i => i.LastSavedUtc).ThenBy(i => i.Id).Take(recentCount)).ToListAsync(cancellationToken);
        var changes = recent.Select(r => new RecentChange(r.Id, Enum.Parse<ContentType>(r.Type), Name(r), r.LatestVersion, r.LastSavedBy,
            Instants.From(r.LastSavedUtc), r.EditState)).ToList();
        return new EditorialDashboard(notVerified, neverVerified, translations, changes);
    }

    /// <summary>
    /// Initiatives whose city names none of their postal code's places (left so by the place backfill, which logs
    /// them too), in postal code order: the dashboard links each to its editor.
    /// </summary>
    public async Task<IReadOnlyList<UnmatchedPlace>> UnmatchedPlacesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await Writing.PlaceBackfill.UnmatchedAsync(context, cancellationToken);
    }

    /// <summary>The item columns a list line needs, leaving out the search text.</summary>
    private static IQueryable<ContentItemRow> ListColumns(IQueryable<ContentItemRow> rows) => rows.Select(i => new ContentItemRow
    {
        Id = i.Id, Type = i.Type, Key = i.Key, LatestVersion = i.LatestVersion, PublishedVersion = i.PublishedVersion,
        NameFr = i.NameFr, NameNl = i.NameNl, NameEn = i.NameEn, LastSavedBy = i.LastSavedBy, LastSavedUtc = i.LastSavedUtc,
        PublishAtUtc = i.PublishAtUtc, UnpublishAtUtc = i.UnpublishAtUtc, EditState = i.EditState,
    });

    private static ContentListItem ToListItem(ContentItemRow row) => new(
        row.Id, row.Key, Name(row), row.EditState, row.LatestVersion, row.PublishedVersion, row.LastSavedBy,
        Instants.From(row.LastSavedUtc), Instants.From(row.PublishAtUtc), Instants.From(row.UnpublishAtUtc));

    private static LocalizedText Name(ContentItemRow row) => LocalizedText.Of(row.NameFr, row.NameNl, row.NameEn);
}
