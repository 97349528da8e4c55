using System.Globalization;
using Cartography.Core.Places;
using Cartography.Data.Synthetic;

namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>
/// An approximate position for an address without any network geocoder: the centre of the municipality holding the
/// postal code, or of the nearest postal code we know of. Editors then drag the marker to the door.
/// </summary>
public static class AddressLocator
{
    // The municipality centres the scale-test generator spreads initiatives around: about a hundred Belgian
    // places, every province included, with their postal codes.
    private static readonly (int Code, GeoPoint Centre)[] Centres =
        [.. SyntheticPlaces.All.SelectMany(place => place.PostalCodes.Select(code => (int.Parse(code, CultureInfo.InvariantCulture), place.Centre)))];

    /// <summary>The approximate position of <paramref name="postalCode"/>, or null when it is not a Belgian postal code.</summary>
    public static GeoPoint? Locate(string? postalCode)
    {
        if (!PostalCodes.IsValid(postalCode)) return null;
        var code = int.Parse(postalCode!.Trim(), CultureInfo.InvariantCulture);
        return Centres.MinBy(centre => Math.Abs(centre.Code - code)).Centre;
    }
}
