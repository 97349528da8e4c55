using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Content;

namespace Cartography.Data.Import;

/// <summary>What an import looks up for every row, loaded once: keys, organisation names, slugs in use.</summary>
internal sealed class ImportContext
{
    private readonly Dictionary<string, Guid> organisationsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, string> organisationNames = [];
    private readonly HashSet<Guid> organisationsOfThisFile = [];

    private ImportContext(Dictionary<string, Guid> initiativeIds, SlugAllocator slugs)
    {
        InitiativeIds = initiativeIds;
        Slugs = slugs;
    }

    /// <summary>Initiatives by external_id; one without a key answers to its id, which is what the export writes for it.</summary>
    public Dictionary<string, Guid> InitiativeIds { get; }

    public SlugAllocator Slugs { get; }

    public static async Task<ImportContext> LoadAsync(ContentStore store, CancellationToken cancellationToken)
    {
        await using var session = store.OpenSession();
        var initiatives = await session.LatestAsync<Initiative>(cancellationToken);
        var keys = await session.KeysAsync<Initiative>(cancellationToken);
        var context = new ImportContext(keys, new SlugAllocator(initiatives.Select(i => (i.Id, i.Content.Slug))));
        var keyed = keys.Values.ToHashSet();
        foreach (var (id, _) in initiatives.Where(i => !keyed.Contains(i.Id)))
            context.InitiativeIds.TryAdd(IdAsExternalId(id), id);
        foreach (var (id, organisation) in await session.LatestAsync<Organisation>(cancellationToken))
        {
            context.organisationNames[id] = organisation.Name.For(Culture.Fr).Text;
            foreach (var (_, name) in organisation.Name.Values)
                context.organisationsByName.TryAdd(name, id);
        }
        return context;
    }

    public static string IdAsExternalId(Guid id) => id.ToString("D");

    /// <summary>An organisation whose name, in any culture, is the given one (ignoring case).</summary>
    public Guid? FindOrganisation(string name) => organisationsByName.TryGetValue(name, out var id) ? id : null;

    /// <summary>The organisation's name as the export writes it (its French name, or the first along the fallback order).</summary>
    public string? OrganisationName(Guid? id) => id is { } known ? organisationNames.GetValueOrDefault(known) : null;

    /// <summary>True for an organisation an earlier row of this file creates, not one already stored.</summary>
    public bool IsOfThisFile(Guid id) => organisationsOfThisFile.Contains(id);

    public void AddOrganisation(string name, Guid id)
    {
        if (!organisationsByName.TryAdd(name, id)) return;
        organisationNames[id] = name;
        organisationsOfThisFile.Add(id);
    }
}
