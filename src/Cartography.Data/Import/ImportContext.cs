using Cartography.Core.Content;
using Cartography.Data.Content;

namespace Cartography.Data.Import;

/// <summary>What an import looks up for every row, loaded once: keys, organisation names, slugs in use.</summary>
internal sealed class ImportContext
{
    private readonly HashSet<Guid> organisationsOfThisFile = [];

    private ImportContext(Dictionary<string, Guid> initiativeIds, SlugAllocator slugs, OrganisationLookup organisations)
    {
        InitiativeIds = initiativeIds;
        Slugs = slugs;
        Organisations = organisations;
    }

    /// <summary>Initiatives by external_id; one without a key answers to its id, which is what the export writes for it.</summary>
    public Dictionary<string, Guid> InitiativeIds { get; }

    public SlugAllocator Slugs { get; }

    public OrganisationLookup Organisations { get; }

    public static async Task<ImportContext> LoadAsync(ContentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.OpenSession();
        var initiatives = await session.LatestAsync<Initiative>(cancellationToken);
        var keys = await session.KeysAsync<Initiative>(cancellationToken);
        var context = new ImportContext(keys, new SlugAllocator(initiatives.Select(i => (i.Id, i.Content.Slug))),
            await OrganisationLookup.LoadAsync(session, cancellationToken));
        var keyed = keys.Values.ToHashSet();
        foreach (var (id, _) in initiatives.Where(i => !keyed.Contains(i.Id)))
            context.InitiativeIds.TryAdd(IdAsExternalId(id), id);
        return context;
    }

    public static string IdAsExternalId(Guid id) => id.ToString("D");


    /// <summary>True for an organisation an earlier row of this file creates, not one already stored.</summary>
    public bool IsOfThisFile(Guid id) => organisationsOfThisFile.Contains(id);

    public void AddOrganisation(string cell, Guid id, string? key)
    {
        Organisations.Add(cell, id, key);
        organisationsOfThisFile.Add(id);
    }
}
