using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// The registration form as posted: every value a string, exactly as typed, so that a form sent back with errors
/// shows what the visitor wrote, and no input can fail to bind. <see cref="RegistrationReader"/> makes sense of it.
/// </summary>
public sealed class RegistrationForm
{
    public string? Organisation { get; set; }
    public string? NameFr { get; set; }
    public string? NameNl { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionNl { get; set; }
    public string? DescriptionEn { get; set; }
    public string[]? Sectors { get; set; }
    public string[]? Types { get; set; }
    public string? Status { get; set; }
    public string? PeerWorkers { get; set; }
    public string[]? Publics { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string[]? Languages { get; set; }
    public string? StartedYear { get; set; }

    public string? SubmitterName { get; set; }
    public string? SubmitterEmail { get; set; }
    public string? SubmitterRole { get; set; }
    public string? Consent { get; set; }

    /// <summary>The honeypot: hidden from people, tempting to robots that fill every field.</summary>
    public string? Homepage { get; set; }

    /// <summary>The form filled with an initiative, to correct it or propose changes; the organisation by its name in <paramref name="culture"/>.</summary>
    public static RegistrationForm Of(Initiative initiative, Culture culture, DirectorySnapshot snapshot, string? newOrganisation = null)
    {
        static string? Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);
        return new RegistrationForm
        {
            Organisation = snapshot.OrganisationOf(initiative)?.Name.For(culture).Text ?? newOrganisation,
            NameFr = initiative.Name.In(Culture.Fr), NameNl = initiative.Name.In(Culture.Nl), NameEn = initiative.Name.In(Culture.En),
            DescriptionFr = initiative.Description.In(Culture.Fr), DescriptionNl = initiative.Description.In(Culture.Nl),
            DescriptionEn = initiative.Description.In(Culture.En),
            Sectors = [.. initiative.Sectors], Types = [.. initiative.Types], Publics = [.. initiative.Publics], Languages = [.. initiative.Languages],
            Status = initiative.Status,
            PeerWorkers = initiative.PeerWorkerCount?.ToString(CultureInfo.InvariantCulture),
            Street = initiative.Address.Street, PostalCode = initiative.Address.PostalCode, City = initiative.Address.City,
            Latitude = Number(initiative.Location?.Latitude), Longitude = Number(initiative.Location?.Longitude),
            Website = initiative.Website, Email = initiative.Contact.Email, Phone = initiative.Contact.Phone,
            StartedYear = initiative.StartedYear?.ToString(CultureInfo.InvariantCulture),
        };
    }

    public string? Name(Culture culture) => culture.Code switch { "nl" => NameNl, "en" => NameEn, _ => NameFr };

    public string? Description(Culture culture) => culture.Code switch { "nl" => DescriptionNl, "en" => DescriptionEn, _ => DescriptionFr };
}
