using Cartography.Core.Content;
using Cartography.Core.Taxonomy;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Taxonomy;

/// <summary>
/// Counts the items that use each term of a vocabulary in their published version or their latest version (a
/// draft counts: deleting its term would leave the draft pointing at nothing).
/// </summary>
internal static class TermUsageCounter
{
    public static async Task<Dictionary<string, int>> CountAsync(CartographyDbContext context, Vocabulary vocabulary, CancellationToken cancellationToken)
    {
        var type = ContentTypeOf(vocabulary).ToString();
        var rows = (from item in context.ContentItems
                    join version in context.ContentVersions on item.Id equals version.ItemId
                    where item.Type == type && (version.Number == item.LatestVersion || version.Number == item.PublishedVersion)
                    orderby item.Id
                    select new { item.Id, version.Data }).AsNoTracking().AsAsyncEnumerable();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var current = Guid.Empty;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.Id != current) Flush();
            current = row.Id;
            keys.UnionWith(KeysIn(ContentJson.Read<TermFields>(row.Data), vocabulary));
        }
        Flush();
        return counts;

        void Flush()
        {
            foreach (var key in keys) counts[key] = counts.GetValueOrDefault(key) + 1;
            keys.Clear();
        }
    }

    private static ContentType ContentTypeOf(Vocabulary vocabulary) => vocabulary.Key switch
    {
        "organisation-kind" => ContentType.Organisation,
        "resource-category" or "resource-theme" => ContentType.Resource,
        _ => ContentType.Initiative,
    };

    private static IEnumerable<string> KeysIn(TermFields fields, Vocabulary vocabulary) => vocabulary.Key switch
    {
        "sector" => fields.Sectors ?? [],
        "type" => fields.Types ?? [],
        "public" => fields.Publics ?? [],
        "status" => Single(fields.Status),
        "organisation-kind" => Single(fields.Kind),
        "resource-category" => Single(fields.Category),
        "resource-theme" => fields.Themes ?? [],
        _ => [],
    };

    private static string[] Single(string? key) => key is null ? [] : [key];

    /// <summary>The term-bearing fields of any content type; reading only these skips the texts.</summary>
    private sealed record TermFields(
        IReadOnlyList<string>? Sectors, IReadOnlyList<string>? Types, IReadOnlyList<string>? Publics,
        string? Status, string? Kind, string? Category, IReadOnlyList<string>? Themes = null);
}
