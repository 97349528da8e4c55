using System.Text.Json.Serialization;
using Cartography.Core.Cultures;

namespace Cartography.Core.Places;

/// <summary>
/// A Belgian postal address. <see cref="City"/> is the postal place's name as written; <see cref="Municipality"/> the
/// NIS code of the municipality it was matched to (null for a record whose place name matched none of its postal
/// code's places: it keeps its string). Province and region follow from the municipality, else from the postal code.
/// </summary>
public sealed record Address(string? Street, string PostalCode, string City)
{
    /// <summary>The five-digit NIS code of the municipality, once the place is known.</summary>
    public string? Municipality { get; init; }

    /// <summary>
    /// The postal place this address is in: the one of its municipality that its city names (else that municipality's
    /// seat); for a record stored before places were matched, the place its city names. Null when it names none.
    /// </summary>
    [JsonIgnore]
    public PostalPlace? Place => Municipality is null ? BelgianPlaces.Belgium.Find(PostalCode, City) : PlaceIn(Municipality);

    private PostalPlace? PlaceIn(string nisCode)
    {
        var places = BelgianPlaces.Belgium.PlacesOf(PostalCode);
        return BelgianPlaces.Belgium.Find(PostalCode, City) is { } named && named.Municipality.NisCode == nisCode ? named
            : places.FirstOrDefault(p => p.Municipality.NisCode == nisCode && p.IsSeat) ?? places.FirstOrDefault(p => p.Municipality.NisCode == nisCode);
    }

    [JsonIgnore]
    public Province? Province => Place?.Municipality.Province ?? PostalCodes.ProvinceOf(PostalCode);

    [JsonIgnore]
    public Region? Region => Province?.Region;

    /// <summary>The place's name on a page in <paramref name="culture"/> ("Luik" on a Dutch page); the string as written when unmatched.</summary>
    public string CityIn(Culture culture) => Place?.NameIn(culture) ?? City;

    /// <summary>
    /// This address with its place matched: <see cref="City"/> spelt as the postal place's name it matches (else the place's local name) and
    /// <see cref="Municipality"/> set; when no place of the postal code has that name, the city as written and no
    /// municipality (an edit of the postal code or city leaves no stale one behind).
    /// </summary>
    public Address Resolved()
    {
        var place = BelgianPlaces.Belgium.Find(PostalCode, City);
        if (place is null) return Municipality is null ? this : this with { Municipality = null };
        var written = place.Names.FirstOrDefault(name => PlaceNames.Same(name, City)) ?? place.LocalName;
        return this with { City = written, Municipality = place.Municipality.NisCode };
    }
}
