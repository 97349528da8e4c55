using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Content;

namespace Cartography.Data.Import;

/// <summary>What an import looks up for every row, loaded once: keys, organisation names, slugs in use.</summary>
internal sealed class ImportContext
{
    private readonly Dictionary<string, Guid> organisationsByName = new(StringComparer.OrdinalIgnoreCase);

    private ImportContext(Dictionary<string, Guid> initiativeIds, SlugAllocator slugs)
    {
        InitiativeIds = initiativeIds;
        Slugs = slugs;
    }

    public Dictionary<string, Guid> InitiativeIds { get; }

    public SlugAllocator Slugs { get; }

    public static async Task<ImportContext> LoadAsync(ContentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.OpenSession();
        var initiatives = await session.LatestAsync<Initiative>(cancellationToken);
        var context = new ImportContext(
            await session.KeysAsync<Initiative>(cancellationToken),
            new SlugAllocator(initiatives.Select(i => (i.Id, i.Content.Slug))));
        foreach (var (id, organisation) in await session.LatestAsync<Organisation>(cancellationToken))
            foreach (var (_, name) in organisation.Name.Values)
                context.organisationsByName.TryAdd(name, id);
        return context;
    }

    /// <summary>An organisation whose name, in any culture, is the given one (ignoring case).</summary>
    public Guid? FindOrganisation(string name) => organisationsByName.TryGetValue(name, out var id) ? id : null;

    public void AddOrganisation(string name, Guid id) => organisationsByName.TryAdd(name, id);
}
