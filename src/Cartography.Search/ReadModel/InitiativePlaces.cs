using Cartography.Core.Cultures;
using Cartography.Core.Places;

namespace Cartography.Search.ReadModel;

/// <summary>
/// Each initiative's postal place, resolved once per snapshot, and the words every place is searched by. Addresses
/// repeat (a hundred thousand initiatives share a few thousand places), so resolutions and name lists are shared.
/// </summary>
public sealed class InitiativePlaces
{
    private readonly PostalPlace?[] placeOf;
    private readonly string?[] writtenCity;
    private readonly Dictionary<PostalPlace, string> searchNames = [];

    public InitiativePlaces(IReadOnlyList<Address> addresses)
    {
        placeOf = new PostalPlace?[addresses.Count];
        writtenCity = new string?[addresses.Count];
        var resolved = new Dictionary<(string Code, string City, string? Nis), PostalPlace?>();
        for (var ordinal = 0; ordinal < addresses.Count; ordinal++)
        {
            var address = addresses[ordinal];
            var key = (address.PostalCode ?? "", address.City ?? "", address.Municipality);
            if (!resolved.TryGetValue(key, out var place))
                resolved.Add(key, place = Resolve(address));
            placeOf[ordinal] = place;
            writtenCity[ordinal] = address.City;
        }
        foreach (var place in resolved.Values.OfType<PostalPlace>().Distinct())
            searchNames.TryAdd(place, string.Join(" \n ", place.Names.Concat(place.Municipality.Names).Distinct(StringComparer.Ordinal)));
    }

    /// <summary>The record's own match when migrated; else its city string matched to its postal code's places.</summary>
    public static PostalPlace? Resolve(Address address) =>
        address.Municipality is not null ? address.Place : BelgianPlaces.Belgium.Find(address.PostalCode, address.City);

    public int Count => placeOf.Length;

    public PostalPlace? PlaceOf(int ordinal) => placeOf[ordinal];

    public Municipality? MunicipalityOf(int ordinal) => placeOf[ordinal]?.Municipality;

    /// <summary>The place's name on a page in <paramref name="culture"/> ("Luik" in Dutch); the string as written when unmatched.</summary>
    public string? CityIn(int ordinal, Culture culture) => placeOf[ordinal]?.NameIn(culture) ?? writtenCity[ordinal];

    /// <summary>What the index holds as the initiative's place: the city as written and every name of its place and municipality.</summary>
    public string? SearchNamesOf(int ordinal, string? written)
    {
        if (placeOf[ordinal] is not { } place) return written;
        var names = searchNames[place];
        return string.IsNullOrWhiteSpace(written) || place.Names.Concat(place.Municipality.Names).Contains(written, StringComparer.Ordinal)
            ? names : written + " \n " + names;
    }
}
