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
    /// <summary>The place picked among those of a postal code with several (the form offers them once the code is known).</summary>
    public string? Place { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string[]? Languages { get; set; }
    public string? StartedYear { get; set; }

    // Practical information, all optional: one text of time ranges a weekday, notes in the page's language.
    public string? HoursMonday { get; set; }
    public string? HoursTuesday { get; set; }
    public string? HoursWednesday { get; set; }
    public string? HoursThursday { get; set; }
    public string? HoursFriday { get; set; }
    public string? HoursSaturday { get; set; }
    public string? HoursSunday { get; set; }
    public string? HoursByAppointment { get; set; }
    public string? HoursNote { get; set; }
    public string[]? ContactModes { get; set; }
    public string? CostFree { get; set; }
    public string? CostNote { get; set; }
    public string? StepFree { get; set; }
    public string? AccessibleToilet { get; set; }
    public string? InductionLoop { get; set; }
    public string? AccessibilityNote { get; set; }

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
        }.WithVisit(initiative, culture);
    }

    private RegistrationForm WithVisit(Initiative initiative, Culture culture)
    {
        foreach (var day in OpeningHours.Week) SetHours(day, initiative.Hours is { } hours ? OpeningHoursText.FormatDay(hours.On(day)) : null);
        HoursByAppointment = initiative.Hours?.ByAppointmentOnly == true ? Choice.Yes : null;
        HoursNote = initiative.Hours?.Note.In(culture);
        ContactModes = [.. initiative.ContactModes];
        CostFree = Choice.Of(initiative.Cost?.Free);
        CostNote = initiative.Cost?.Note.In(culture);
        StepFree = Choice.Of(initiative.Accessibility?.StepFree);
        AccessibleToilet = Choice.Of(initiative.Accessibility?.AccessibleToilet);
        InductionLoop = Choice.Of(initiative.Accessibility?.InductionLoop);
        AccessibilityNote = initiative.Accessibility?.Note.In(culture);
        return this;
    }

    public string? Hours(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => HoursMonday,
        DayOfWeek.Tuesday => HoursTuesday,
        DayOfWeek.Wednesday => HoursWednesday,
        DayOfWeek.Thursday => HoursThursday,
        DayOfWeek.Friday => HoursFriday,
        DayOfWeek.Saturday => HoursSaturday,
        _ => HoursSunday,
    };

    private void SetHours(DayOfWeek day, string? text)
    {
        switch (day)
        {
            case DayOfWeek.Monday: HoursMonday = text; break;
            case DayOfWeek.Tuesday: HoursTuesday = text; break;
            case DayOfWeek.Wednesday: HoursWednesday = text; break;
            case DayOfWeek.Thursday: HoursThursday = text; break;
            case DayOfWeek.Friday: HoursFriday = text; break;
            case DayOfWeek.Saturday: HoursSaturday = text; break;
            default: HoursSunday = text; break;
        }
    }

    /// <summary>The values of the yes / no / not stated choices.</summary>
    public static class Choice
    {
        public const string Yes = "yes";
        public const string No = "no";
        public const string Unknown = "unknown";

        public static string Of(bool? value) => value switch { true => Yes, false => No, null => Unknown };
    }

    public string? Name(Culture culture) => culture.Code switch { "nl" => NameNl, "en" => NameEn, _ => NameFr };

    /// <summary>
    /// The city as the visitor means it: the place picked from the form's choice when it is one of the postal code's
    /// (it was picked after the city was typed), else the city typed.
    /// </summary>
    public string? ChosenCity =>
        Place is { Length: > 0 and <= FieldLimits.City } && Core.Places.BelgianPlaces.Belgium.IsPostalCode(PostalCode)
        && Core.Places.BelgianPlaces.Belgium.Find(PostalCode, Place) is not null ? Place : City;

    /// <summary>The city to look a place up by: none when longer than any place name (what a visitor sends is not remembered).</summary>
    public string? CityToLocate => ChosenCity is { Length: <= FieldLimits.City } city ? city : null;

    public string? Description(Culture culture) => culture.Code switch { "nl" => DescriptionNl, "en" => DescriptionEn, _ => DescriptionFr };
}
