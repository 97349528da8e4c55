using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Search.ReadModel;
using Cartography.Web.Features.Shared;

namespace Cartography.Web.Features.Api;

/// <summary>
/// An initiative in a list. <c>nameCulture</c> differs from the culture asked for when the name fell back; <c>city</c>
/// is the place's name in the culture asked for ("Luik" in Dutch), and <c>municipality</c> null when its city matched none.
/// </summary>
public sealed record InitiativeSummary(
    Guid Id, string Slug, string Name, string NameCulture, IReadOnlyList<string> Sectors, IReadOnlyList<string> Types,
    string Status, string? Province, string? Region, string PostalCode, string City, MunicipalityDto? Municipality, double? Latitude, double? Longitude,
    string? Website, DateOnly? LastVerified, bool Example, string Url, double? Distance, IReadOnlyList<string> ContactModes, bool? Free)
{
    /// <param name="distanceKm">From the point the search was sorted by, when it was.</param>
    public static InitiativeSummary From(Published<Initiative> published, Culture culture, double? distanceKm = null)
    {
        var i = published.Content;
        var name = i.Name.For(culture);
        return new(published.Id, i.Slug.For(culture).Text, name.Text, name.Culture.Code, i.Sectors, i.Types, i.Status,
            i.Province?.Key, i.Region?.Key, i.Address.PostalCode, i.Address.CityIn(culture), MunicipalityDto.From(i.Address, culture),
            i.Location?.Latitude, i.Location?.Longitude,
            i.Website, i.LastVerified, i.IsExample, Links.Initiative(culture, i), distanceKm, i.ContactModes, i.Cost?.Free);
    }
}

/// <summary>The municipality an address is in (NIS code) and its name in the culture asked for ("Luik", "Ixelles / Elsene").</summary>
public sealed record MunicipalityDto(string NisCode, string Name)
{
    public static MunicipalityDto? From(Address address, Culture culture) =>
        address.Place?.Municipality is { } municipality ? new(municipality.NisCode, municipality.NameIn(culture)) : null;
}

public sealed record InitiativeList(int Total, IReadOnlyList<InitiativeSummary> Items);

/// <summary>One initiative with everything public about it.</summary>
public sealed record InitiativeDetails(
    Guid Id, string Slug, string Name, string NameCulture, string Description, string DescriptionCulture,
    string? Organisation, string? OrganisationUrl, IReadOnlyList<string> Sectors, IReadOnlyList<string> Types, IReadOnlyList<string> Publics,
    string Status, int? PeerWorkers, string? Street, string PostalCode, string City, MunicipalityDto? Municipality, string? Province, string? Region,
    double? Latitude, double? Longitude, string? Website, string? Email, string? Phone, IReadOnlyList<string> Languages,
    int? StartedYear, string Activity, DateOnly? LastVerified, bool Example,
    HoursDto? Hours, IReadOnlyList<string> ContactModes, CostDto? Cost, AccessibilityDto? Accessibility)
{
    /// <remarks><c>organisationUrl</c> is the organisation's page, a path like the summaries' <c>url</c>.</remarks>
    /// <param name="now">The time of the answer, for <see cref="HoursDto.OpenNow"/>.</param>
    public static InitiativeDetails From(Published<Initiative> published, Organisation? organisation, Culture culture, DateTimeOffset now)
    {
        var i = published.Content;
        var name = i.Name.For(culture);
        var description = i.Description.For(culture);
        return new(published.Id, i.Slug.For(culture).Text, name.Text, name.Culture.Code, description.Text, description.Culture.Code,
            organisation?.Name.For(culture).Text,
            organisation is null ? null : Links.Organisation(culture, organisation), i.Sectors, i.Types, i.Publics, i.Status, i.PeerWorkerCount, i.Address.Street,
            i.Address.PostalCode, i.Address.CityIn(culture), MunicipalityDto.From(i.Address, culture), i.Province?.Key, i.Region?.Key,
            i.Location?.Latitude, i.Location?.Longitude,
            i.Website, i.Contact.Email, i.Contact.Phone, i.Languages, i.StartedYear, i.Activity.ToString().ToLowerInvariant(),
            i.LastVerified, i.IsExample, HoursDto.From(i.Hours, culture, now), i.ContactModes, CostDto.From(i.Cost, culture),
            AccessibilityDto.From(i.Accessibility, culture));
    }
}
