using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Publishing;
using Cartography.Data.Content;
using Cartography.Data.Storage;
using Cartography.Data.Writing;

namespace Cartography.Data.Seeding;

/// <summary>
/// Imports content/pages/ once, under its own marker: a database seeded before pages existed gets them on its next
/// start, and a page an editor deletes later does not come back (an item whose key exists is never created again). Parents before their children, keys resolved to ids.
/// </summary>
internal sealed class SeedPagesImporter(ContentStore store, ContentService content, Markers markers, TimeProvider clock)
{
    public const string Marker = "seed-pages-imported";
    private const string Folder = "pages";

    public async Task<int> ImportAsync(string contentPath, Func<string, List<string>, List<(string Key, PageFile File)>> read, CancellationToken cancellationToken)
    {
        if (await markers.IsSetAsync(Marker, cancellationToken)) return 0;
        var problems = new List<string>();
        var files = read(Folder, problems);
        // No page files yet (an install whose content/ has none): nothing is marked, so pages that come later are imported.
        if (files.Count == 0 && problems.Count == 0) return 0;
        var now = clock.GetUtcNow();
        await using var session = store.OpenSession();
        var pageIds = await session.KeysAsync<Page>(cancellationToken);
        var resourceIds = await session.KeysAsync<Resource>(cancellationToken);
        var slugs = new SlugAllocator((await session.LatestAsync<Page>(cancellationToken)).Select(p => (p.Id, p.Content.Slug)));
        var byKey = files.ToDictionary(f => f.Key, f => f.File, StringComparer.Ordinal);
        var batch = content.OpenBatch(Actor.System("seed"));
        var keysOf = new Dictionary<Guid, string>();
        var count = 0;
        // Top-level pages first, so that a chapter finds its parent's id.
        foreach (var (key, file) in files.OrderBy(f => f.File.Parent is null ? 0 : 1).ThenBy(f => f.Key, StringComparer.Ordinal))
        {
            if (pageIds.ContainsKey(key)) continue;
            var where = $"{Folder}/{key}";
            Guid? parentId = null;
            if (file.Parent is { } parentKey)
            {
                if (byKey.TryGetValue(parentKey, out var parentFile) && parentFile.Parent is not null)
                    problems.Add($"{where}: parent '{parentKey}' is itself a child page (pages go two levels deep at most)");
                else if (pageIds.TryGetValue(parentKey, out var found)) parentId = found;
                else problems.Add($"{where}: parent '{parentKey}' is not in content/pages");
            }
            var linkedFrom = PageLink.None;
            if (file.LinkedFrom is not null && !(Enum.TryParse(file.LinkedFrom, ignoreCase: true, out linkedFrom) && Enum.IsDefined(linkedFrom)))
                problems.Add($"{where}: linkedFrom '{file.LinkedFrom}' is not header, footer or none");
            var resources = new List<Guid>();
            foreach (var resourceKey in file.Resources)
                if (resourceIds.TryGetValue(resourceKey, out var resourceId)) resources.Add(resourceId);
                // An example resource left out of this install (or one an editor deleted) is not linked; a key no seed file has is a typo.
                else if (!File.Exists(Path.Combine(contentPath, "resources", resourceKey + ".yaml")))
                    problems.Add($"{where}: resource '{resourceKey}' is not in content/resources");
            var id = Guid.NewGuid();
            var page = new Page
            {
                Title = SeedText.Of(file.Title), Summary = SeedText.Of(file.Summary), Body = SeedText.Of(file.Body), Slug = SeedText.Of(file.Slug),
                ParentId = parentId, Order = file.Order, LinkedFrom = linkedFrom, Blocks = file.Blocks, ResourceIds = resources,
            };
            page = page with { Slug = slugs.Allocate(id, page.Title, page.Slug) };
            problems.AddRange(PageRules.Validate(page, id).Select(v => $"{where}: {v}"));
            var staged = ContentItem<Page>.Create(id, key, page, "seed", now);
            staged.Publish(now);
            batch.Stage(staged);
            keysOf[id] = where;
            pageIds[key] = id;
            count++;
        }
        Throw(problems);
        var written = await batch.CommitAsync(cancellationToken);
        problems.AddRange(written.Refused.SelectMany(r => r.Violations.Count > 0
            ? r.Violations.Select(v => $"{keysOf.GetValueOrDefault(r.ItemId)}: {v}")
            : [$"{keysOf.GetValueOrDefault(r.ItemId)}: not written ({r.Status})"]));
        Throw(problems);
        await markers.SetAsync(Marker, cancellationToken);
        return count;
    }

    private static void Throw(List<string> problems)
    {
        if (problems.Count > 0)
            throw new InvalidDataException("The seed pages have problems; none was imported:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}

/// <summary>A seed file's map of culture to text, unknown cultures left out.</summary>
internal static class SeedText
{
    public static LocalizedText Of(Dictionary<string, string>? values) => values is null
        ? LocalizedText.Empty
        : LocalizedText.From(values.Where(p => Culture.TryParse(p.Key, out _)).Select(p => KeyValuePair.Create(Culture.Parse(p.Key), (string?)p.Value)));
}
