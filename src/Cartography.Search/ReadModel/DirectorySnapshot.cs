using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;

namespace Cartography.Search.ReadModel;

/// <summary>Everything published, at one moment, indexed for the public pages. Immutable: a change makes a new one.</summary>
public sealed class DirectorySnapshot
{
    private readonly Dictionary<Guid, Published<Initiative>> initiativesById;
    private readonly Dictionary<(Culture, string), Published<Initiative>> initiativesBySlug = [];
    private readonly Dictionary<(Culture, string), Published<Portrait>> portraitsBySlug = [];
    private readonly Dictionary<Guid, Published<Organisation>> organisationsById;
    private readonly Dictionary<Guid, string> searchText;

    public static DirectorySnapshot Empty { get; } = new([], [], [], [], TermSet.Empty);

    public DirectorySnapshot(
        IEnumerable<Published<Initiative>> initiatives,
        IEnumerable<Published<Organisation>> organisations,
        IEnumerable<Published<Portrait>> portraits,
        IEnumerable<Published<Resource>> resources,
        TermSet terms)
    {
        Initiatives = initiatives.ToList();
        Portraits = portraits.OrderByDescending(p => p.Content.Date).ToList();
        Resources = resources.ToList();
        Terms = terms;
        initiativesById = Initiatives.ToDictionary(i => i.Id);
        organisationsById = organisations.ToDictionary(o => o.Id);
        foreach (var initiative in Initiatives)
            foreach (var (culture, slug) in initiative.Content.Slug.Values)
                initiativesBySlug.TryAdd((culture, slug), initiative);
        foreach (var portrait in Portraits)
            foreach (var (culture, slug) in portrait.Content.Slug.Values)
                portraitsBySlug.TryAdd((culture, slug), portrait);
        searchText = Initiatives.ToDictionary(i => i.Id, i => TextFolding.Fold(string.Join(' ',
            i.Content.Name.Values.Concat(i.Content.Description.Values).Select(v => v.Value)
                .Append(i.Content.Address.City)
                .Concat(OrganisationOf(i.Content)?.Name.Values.Select(v => v.Value) ?? []))));
    }

    public IReadOnlyList<Published<Initiative>> Initiatives { get; }
    public IReadOnlyList<Published<Portrait>> Portraits { get; }
    public IReadOnlyList<Published<Resource>> Resources { get; }
    public TermSet Terms { get; }

    public Published<Initiative>? FindInitiative(Guid id) => initiativesById.GetValueOrDefault(id);

    public Published<Initiative>? FindInitiative(Culture culture, string slug) => initiativesBySlug.GetValueOrDefault((culture, slug));

    public Published<Portrait>? FindPortrait(Culture culture, string slug) => portraitsBySlug.GetValueOrDefault((culture, slug));

    public Organisation? OrganisationOf(Initiative initiative) =>
        initiative.OrganisationId is { } id ? organisationsById.GetValueOrDefault(id)?.Content : null;

    public IEnumerable<Published<Portrait>> PortraitsAbout(Guid initiativeId) =>
        Portraits.Where(p => p.Content.InitiativeIds.Contains(initiativeId));

    public InitiativePage Query(InitiativeQuery query)
    {
        var words = query.Text is null ? [] : TextFolding.Words(query.Text);
        var matches = Initiatives.Where(i =>
                Matches(query.Sectors, i.Content.Sectors) &&
                Matches(query.Types, i.Content.Types) &&
                (query.Statuses.Count == 0 || query.Statuses.Contains(i.Content.Status)) &&
                (query.Provinces.Count == 0 || i.Content.Province is { } p && query.Provinces.Contains(p)) &&
                words.All(searchText[i.Id].Contains))
            .OrderBy(i => i.Content.Name.For(query.Culture).Text, StringComparer.Create(new System.Globalization.CultureInfo(query.Culture.Code), ignoreCase: true))
            .ToList();
        return new InitiativePage(matches.Count, matches.Skip(query.Skip).Take(query.Take).ToList());
    }

    private static bool Matches(IReadOnlySet<string> wanted, IReadOnlyList<string> values) =>
        wanted.Count == 0 || values.Any(wanted.Contains);
}
