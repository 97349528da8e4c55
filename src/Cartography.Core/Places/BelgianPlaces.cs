using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace Cartography.Core.Places;

/// <summary>
/// Every Belgian municipality (565, after the 2025 mergers) and postal place (3,090 under 1,143 postal codes), read
/// once from the tables shipped in this assembly (<c>Places/Data/</c>: FPS BOSA BeST Address, CC BY 4.0; positions
/// from spatie/belgian-cities-geocoded, MIT). <see cref="Belgium"/> is the one instance.
/// </summary>
public sealed class BelgianPlaces
{
    /// <summary>What the shipped data's licences ask every reuser to show.</summary>
    public const string Attribution =
        "Contains data from FPS BOSA BeST Address, CC BY 4.0. Positions of postal places: spatie/belgian-cities-geocoded (MIT, copyright Spatie bvba).";

    private static readonly Lazy<BelgianPlaces> Loaded = new(() => Load(Open("municipalities.csv"), Open("postal-codes.csv")));

    public static BelgianPlaces Belgium => Loaded.Value;

    private readonly FrozenDictionary<string, Municipality> _byNis;
    private readonly FrozenDictionary<string, PostalPlace[]> _byCode;

    private BelgianPlaces(IReadOnlyList<Municipality> municipalities, IReadOnlyList<PostalPlace> places)
    {
        Municipalities = municipalities;
        PostalPlaces = places;
        _byNis = municipalities.ToFrozenDictionary(m => m.NisCode, StringComparer.Ordinal);
        _byCode = places.GroupBy(p => p.PostalCode).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Sorted by NIS code.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Sorted by postal code, then municipality, then name.</summary>
    public IReadOnlyList<PostalPlace> PostalPlaces { get; }

    /// <summary>The distinct postal codes, in order.</summary>
    public IEnumerable<string> PostalCodes => _byCode.Keys.Order(StringComparer.Ordinal);

    public Municipality? Municipality(string? nisCode) =>
        nisCode is not null && _byNis.TryGetValue(nisCode.Trim(), out var municipality) ? municipality : null;

    /// <summary>True when bpost's list holds <paramref name="postalCode"/> (1001 and 9999 are four digits but no postal code).</summary>
    public bool IsPostalCode(string? postalCode) => PlacesOf(postalCode).Count > 0;

    /// <summary>The postal places under <paramref name="postalCode"/>; empty when it is not a Belgian postal code.</summary>
    public IReadOnlyList<PostalPlace> PlacesOf(string? postalCode) =>
        postalCode is not null && _byCode.TryGetValue(postalCode.Trim(), out var places) ? places : [];

    /// <summary>
    /// The postal place under <paramref name="postalCode"/> that <paramref name="name"/> names, in any language and
    /// spelling that differs only in case, accents, hyphens or spaces ("Luik", "liege", "Sint Joost ten Node"); a
    /// municipality's name picks its seat. Null when the code does not exist or none of its places is so named.
    /// </summary>
    public PostalPlace? Find(string? postalCode, string? name)
    {
        if (postalCode is null || name is null) return null;
        // Pages and the read model ask again and again for the same few thousand stored addresses.
        if (_found.TryGetValue((postalCode, name), out var known)) return known;
        var found = Match(postalCode, name);
        if (_found.Count < MaxRemembered) _found.TryAdd((postalCode, name), found);
        return found;
    }

    private const int MaxRemembered = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), PostalPlace?> _found = new();

    private PostalPlace? Match(string postalCode, string name)
    {
        var places = PlacesOf(postalCode);
        if (places.Count == 0 || string.IsNullOrWhiteSpace(name)) return null;
        var key = PlaceNames.Key(name);
        if (key.Length == 0) return null;
        return places.FirstOrDefault(p => p.Names.Any(n => PlaceNames.Key(n) == key))
            ?? places.FirstOrDefault(p => p.IsSeat && p.Municipality.Names.Any(n => PlaceNames.Key(n) == key))
            ?? places.FirstOrDefault(p => p.Municipality.Names.Any(n => PlaceNames.Key(n) == key));
    }

    /// <summary>
    /// Where to put a marker for an address known only by its postal code (and place name, where the code has
    /// several places): the postal place's position, else its municipality's centre, else the code's first place.
    /// Null when the code does not exist.
    /// </summary>
    public GeoPoint? Locate(string? postalCode, string? name = null)
    {
        var places = PlacesOf(postalCode);
        if (places.Count == 0) return null;
        var place = Find(postalCode, name) ?? places.FirstOrDefault(p => p.IsSeat) ?? places[0];
        return place.Centre;
    }

    /// <summary>Reads the two tables (the shipped ones through <see cref="Belgium"/>; tests may pass their own).</summary>
    public static BelgianPlaces Load(TextReader municipalitiesCsv, TextReader postalCodesCsv)
    {
        var germanSpeaking = new HashSet<string>(StringComparer.Ordinal);
        var placeRows = Rows(postalCodesCsv, "postal_code,nis_code,place_fr,place_nl,place_de,latitude,longitude").ToList();
        foreach (var row in placeRows.Where(r => r[4] is not null)) germanSpeaking.Add(row[1]!);

        var municipalities = Rows(municipalitiesCsv, "nis_code,region,province,name_fr,name_nl,name_de,name_en,latitude,longitude")
            .Select(r => new Municipality(
                r[0]!, ProvinceOf(r[1]!, r[2]), r[3], r[4], r[5], r[6],
                new GeoPoint(Number(r[7]!), Number(r[8]!)), germanSpeaking.Contains(r[0]!)))
            .ToList();
        var byNis = municipalities.ToDictionary(m => m.NisCode, StringComparer.Ordinal);
        var places = placeRows
            .Select(r => new PostalPlace(
                r[0]!,
                byNis.TryGetValue(r[1]!, out var municipality) ? municipality : throw new InvalidDataException($"postal code {r[0]}: no municipality {r[1]}"),
                r[2], r[3], r[4],
                r[5] is null || r[6] is null ? null : new GeoPoint(Number(r[5]), Number(r[6]))))
            .ToList();
        return new BelgianPlaces(municipalities, places);
    }

    private static Province ProvinceOf(string region, string? province) =>
        province is null && region == Region.Brussels.Key ? Province.Brussels
        : Province.TryParse(province, out var known) && known.Region.Key == region ? known
        : throw new InvalidDataException($"unknown province '{province}' in region '{region}'");

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The tables are plain: no field is quoted, an empty field is no value.</summary>
    private static IEnumerable<string?[]> Rows(TextReader reader, string header)
    {
        var first = reader.ReadLine();
        if (first != header) throw new InvalidDataException($"expected the header '{header}', found '{first}'");
        var width = header.Split(',').Length;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            if (line.Contains('"')) throw new InvalidDataException($"quoted fields are not expected: {line}");
            var cells = line.Split(',');
            if (cells.Length != width) throw new InvalidDataException($"expected {width} fields: {line}");
            yield return [.. cells.Select(c => c.Length == 0 ? null : c)];
        }
    }

    private static StreamReader Open(string file) =>
        new(typeof(BelgianPlaces).Assembly.GetManifestResourceStream($"Cartography.Places.{file}")
            ?? throw new InvalidOperationException($"the place table {file} is not embedded in {typeof(BelgianPlaces).Assembly.GetName().Name}"));
}
