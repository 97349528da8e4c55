using Cartography.Core.Content;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;
using PlaceProvince = Cartography.Core.Places.Province;
using PlaceRegion = Cartography.Core.Places.Region;

namespace Cartography.Search.Searching;

/// <summary>The facets of a snapshot, with their names in the API and the query string.</summary>
public sealed class FacetColumns
{
    public const string Sector = "sector";
    public const string Type = "type";
    public const string Status = "status";
    public const string Province = "province";
    public const string Region = "region";
    public const string Public = "public";
    public const string Language = "language";
    public const string Activity = "activity";
    public const string Municipality = "municipality";

    public FacetColumns(IReadOnlyList<Published<Initiative>> initiatives, TermSet terms)
    {
        var n = initiatives.Count;
        Initiative At(int ordinal) => initiatives[ordinal].Content;
        IReadOnlyList<string> KeysOf(Vocabulary vocabulary) =>
            terms.All.Where(t => t.Vocabulary == vocabulary).OrderBy(t => t.Position).Select(t => t.Key).ToList();

        All =
        [
            new(Sector, KeysOf(Vocabulary.Sector), n, i => At(i).Sectors),
            new(Type, KeysOf(Vocabulary.Type), n, i => At(i).Types),
            new(Status, KeysOf(Vocabulary.Status), n, i => [At(i).Status]),
            new(Province, PlaceProvince.All.Select(p => p.Key).ToList(), n, i => At(i).Province is { } p ? [p.Key] : []),
            new(Region, PlaceRegion.All.Select(r => r.Key).ToList(), n, i => At(i).Region is { } r ? [r.Key] : []),
            new(Public, KeysOf(Vocabulary.Public), n, i => At(i).Publics),
            new(Language, ServiceLanguages.All, n, i => At(i).Languages),
            new(Activity, Enum.GetValues<Activity>().Select(KeyOf).ToList(), n, i => [KeyOf(At(i).Activity)]),
        ];
    }

    /// <summary>
    /// The initiatives of each municipality that has some, keyed by NIS code. Kept apart from <see cref="All"/>: counting
    /// hundreds of keys on every search would cost more than the rest of the facets, so it is counted only when asked.
    /// </summary>
    public static FacetColumn MunicipalityColumn(InitiativePlaces places)
    {
        var keys = Enumerable.Range(0, places.Count).Select(places.MunicipalityOf).OfType<Core.Places.Municipality>()
            .Select(m => m.NisCode).Distinct().Order(StringComparer.Ordinal).ToList();
        return new(Municipality, keys, places.Count, o => places.MunicipalityOf(o) is { } m ? [m.NisCode] : []);
    }

    /// <summary>In the order the API lists them.</summary>
    public IReadOnlyList<FacetColumn> All { get; }

    public static string KeyOf(Activity activity) => activity.ToString().ToLowerInvariant();

    /// <summary>The keys the query wants for each facet, in the order of <see cref="All"/>; empty where it does not filter.</summary>
    public IReadOnlyList<IReadOnlyCollection<string>> WantedBy(InitiativeQuery query)
    {
        IReadOnlyCollection<string> Wanted(string facet) => facet switch
        {
            Sector => query.Sectors,
            Type => query.Types,
            Status => query.Statuses,
            Province => query.Provinces.Select(p => p.Key).ToList(),
            Region => query.Regions.Select(r => r.Key).ToList(),
            Public => query.Publics,
            Language => query.Languages,
            Activity => query.ActiveOnly ? [KeyOf(Core.Content.Activity.Active), KeyOf(Core.Content.Activity.Starting)] : [],
            _ => [],
        };
        return All.Select(column => Wanted(column.Name)).ToList();
    }
}
