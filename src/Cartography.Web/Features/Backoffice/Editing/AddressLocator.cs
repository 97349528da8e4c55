using Cartography.Core.Places;

namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>
/// An approximate position for an address without any network geocoder: the postal place's position (the one the
/// city names, where the code has several), else its municipality's centre. Editors then drag the marker to the door.
/// </summary>
public static class AddressLocator
{
    /// <summary>The approximate position of the address, or null when <paramref name="postalCode"/> is not a Belgian postal code.</summary>
    public static GeoPoint? Locate(string? postalCode, string? city = null) => BelgianPlaces.Belgium.Locate(postalCode, city);
}
