using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Places;

/// <summary>
/// One place a form offers for a postal code with several (1300: Limal, Wavre): the name written into the city field
/// in the page's culture, and a label that names the municipality when the place is one of its villages.
/// </summary>
public sealed record PostalPlaceOption(PostalPlace Place, string Name, string Municipality)
{
    public string Label(IStringLocalizer<SharedResource> localizer) =>
        PlaceNames.Same(Name, Municipality) ? Name : localizer["Place_InMunicipality", Name, Municipality].Value;

    /// <summary>The places of <paramref name="postalCode"/> in <paramref name="culture"/>, in alphabetical order; empty for an unknown code.</summary>
    public static IReadOnlyList<PostalPlaceOption> Of(string? postalCode, Culture culture) =>
        BelgianPlaces.Belgium.PlacesOf(postalCode)
            .Select(p => new PostalPlaceOption(p, p.NameIn(culture), p.Municipality.NameIn(culture)))
            .OrderBy(o => PlaceNames.Key(o.Name), StringComparer.Ordinal)
            .ToList();

    /// <summary>The option <paramref name="city"/> names, in any language or spelling; null when none.</summary>
    public static PostalPlaceOption? Chosen(IReadOnlyList<PostalPlaceOption> options, string? postalCode, string? city) =>
        options.Count > 0 && city is { Length: <= InitiativeRules.MaxCityLength } && BelgianPlaces.Belgium.Find(postalCode, city) is { } place
            ? options.FirstOrDefault(o => o.Place == place) : null;
}
