using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// Turns a posted <see cref="RegistrationForm"/> into an initiative and the submitter, checking every field: its
/// length, its number format, then <see cref="InitiativeRules"/>. It never throws on what a visitor can send.
/// </summary>
public static class RegistrationReader
{
    public const string ConsentGiven = "yes";

    /// <param name="basis">The initiative being corrected or changed, whose fields the form does not show are kept.</param>
    /// <param name="withSubmitter">Whether the form asked who is writing (a new submission) or not (an edit link).</param>
    public static RegistrationReading Read(RegistrationForm form, Culture culture, DirectorySnapshot snapshot, Initiative? basis,
        int currentYear, bool withSubmitter)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message, params string[] arguments) => violations.Add(new(field, code, message, arguments));

        string? Text(string field, string? value, int max)
        {
            if (value is null) return null;
            if (value.Length > max) Fail(field, "Register_TooLong", $"longer than {max} characters", max.ToString(CultureInfo.InvariantCulture));
            var trimmed = value.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }

        IReadOnlyList<string> Choices(string field, string[]? values)
        {
            var chosen = (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList();
            if (chosen.Count <= FieldLimits.Choices && chosen.All(v => v.Length <= FieldLimits.TermKey)) return chosen;
            Fail(field, "Register_Choices_Invalid", "not choices the form offers");
            return [];
        }

        int? WholeNumber(string field, string? value, int max, string code)
        {
            if (Text(field, value, max) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
            Fail(field, code, $"'{text}' is not a whole number");
            return null;
        }

        double? Coordinate(string field, string? value)
        {
            if (Text(field, value, FieldLimits.Coordinate) is not { } text) return null;
            // A Belgian keyboard types a decimal comma.
            if (double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)) return number;
            Fail(field, "Register_Coordinate_Invalid", $"'{text}' is not a decimal number");
            return null;
        }

        var organisation = Text(FieldIds.Organisation, form.Organisation, FieldLimits.Organisation);
        var (organisationId, newOrganisation) = organisation is null ? (null, null) : MatchOrganisation(snapshot, organisation);

        var latitude = Coordinate(FieldIds.Latitude, form.Latitude);
        var longitude = Coordinate(FieldIds.Longitude, form.Longitude);
        GeoPoint? location = null;
        if (latitude is { } lat && longitude is { } lng)
        {
            if (GeoPoint.IsValid(lat, lng)) location = new GeoPoint(lat, lng);
            else Fail(FieldIds.Latitude, "Rule_Location_OutsideBelgium", "not a position on Earth");
        }
        else if (latitude is not null && Text(FieldIds.Longitude, form.Longitude, int.MaxValue) is null)
            Fail(FieldIds.Longitude, "Register_Location_Incomplete", "the longitude is missing");
        else if (longitude is not null && Text(FieldIds.Latitude, form.Latitude, int.MaxValue) is null)
            Fail(FieldIds.Latitude, "Register_Location_Incomplete", "the latitude is missing");

        var website = Text(FieldIds.Website, form.Website, FieldLimits.Website);
        // "www.example.be" is what people type; the directory keeps addresses a browser can open.
        if (website is not null && !website.Contains("://", StringComparison.Ordinal) && !website.Contains(' ')) website = "https://" + website;

        bool? Flag(string field, string? value)
        {
            switch (Text(field, value, FieldLimits.Choice))
            {
                case null or RegistrationForm.Choice.Unknown: return null;
                case RegistrationForm.Choice.Yes: return true;
                case RegistrationForm.Choice.No: return false;
                default: Fail(field, "Register_Flag_Invalid", "not a choice the form offers"); return null;
            }
        }

        // Notes are written in the page's language; the other languages' notes of the record being changed stay.
        LocalizedText Note(string field, string? value, LocalizedText? before) =>
            (before ?? LocalizedText.Empty).With(culture, Text(field, value, FieldLimits.Note));

        var hours = new OpeningHours();
        foreach (var day in OpeningHours.Week)
        {
            var typed = Text(FieldIds.Hours(day), form.Hours(day), FieldLimits.Hours);
            if (OpeningHoursText.TryParseDay(typed, out var ranges)) hours = hours.With(day, ranges);
            else Fail(FieldIds.Hours(day), "Register_Hours_Invalid", $"'{typed}' is not time ranges such as 09:00-12:30", typed ?? "");
        }
        hours = hours with
        {
            ByAppointmentOnly = Flag(FieldIds.HoursByAppointment, form.HoursByAppointment) == true,
            Note = Note(FieldIds.HoursNote, form.HoursNote, basis?.Hours?.Note),
        };
        var cost = new Cost { Free = Flag(FieldIds.CostFree, form.CostFree), Note = Note(FieldIds.CostNote, form.CostNote, basis?.Cost?.Note) };
        var accessibility = new Accessibility
        {
            StepFree = Flag(FieldIds.StepFree, form.StepFree),
            AccessibleToilet = Flag(FieldIds.AccessibleToilet, form.AccessibleToilet),
            InductionLoop = Flag(FieldIds.InductionLoop, form.InductionLoop),
            Note = Note(FieldIds.AccessibilityNote, form.AccessibilityNote, basis?.Accessibility?.Note),
        };

        var initiative = (basis ?? new Initiative { Name = LocalizedText.Empty, Status = "", Address = new Address(null, "", "") }) with
        {
            // Names and descriptions are checked against their limits by the rules below.
            Name = LocalizedText.Of(form.NameFr, form.NameNl, form.NameEn),
            Description = LocalizedText.Of(form.DescriptionFr, form.DescriptionNl, form.DescriptionEn),
            OrganisationId = organisationId,
            Sectors = Choices(FieldIds.Sectors, form.Sectors),
            Types = Choices(FieldIds.Types, form.Types),
            Publics = Choices(FieldIds.Publics, form.Publics),
            Status = Text(FieldIds.Status, form.Status, FieldLimits.TermKey) ?? "",
            PeerWorkerCount = WholeNumber(FieldIds.PeerWorkers, form.PeerWorkers, FieldLimits.Count, "Register_Number_Invalid"),
            Address = new Address(
                Text(FieldIds.Street, form.Street, FieldLimits.Street),
                Text(FieldIds.PostalCode, form.PostalCode, FieldLimits.PostalCode) ?? "",
                Text(FieldIds.City, form.ChosenCity, FieldLimits.City) ?? ""),
            // As the form says: without a position typed, the initiative is placed at its postal place.
            Location = location ?? (latitude is null && longitude is null ? BelgianPlaces.Belgium.Locate(form.PostalCode, form.CityToLocate) : null),
            Website = website,
            Contact = new PublicContact(Text(FieldIds.Email, form.Email, FieldLimits.Email), Text(FieldIds.Phone, form.Phone, FieldLimits.Phone)),
            Languages = Choices(FieldIds.Languages, form.Languages),
            StartedYear = WholeNumber(FieldIds.StartedYear, form.StartedYear, FieldLimits.Year, "Register_Year_Invalid"),
            Hours = hours.IsEmpty ? null : hours,
            ContactModes = Choices(FieldIds.ContactModes, form.ContactModes),
            Cost = cost.IsEmpty ? null : cost,
            Accessibility = accessibility.IsEmpty ? null : accessibility,
        };

        foreach (var violation in InitiativeRules.Validate(initiative, snapshot.Terms, currentYear))
            violations.Add(violation with { Field = FieldIds.OfRule(violation.Field, culture) });
        // The page's language is the one the submitter writes in; the other two are optional.
        if (!initiative.Name.Has(culture)) Fail(FieldIds.Name(culture), "Register_Name_Required", "the name is required in the page's language");
        if (!initiative.Description.Has(culture)) Fail(FieldIds.Description(culture), "Register_Description_Required", "a description is required in the page's language");

        Submitter? submitter = null;
        if (withSubmitter)
        {
            var name = Text(FieldIds.SubmitterName, form.SubmitterName, FieldLimits.Person);
            if (name is null) Fail(FieldIds.SubmitterName, "Register_SubmitterName_Required", "your name is required");
            var email = Text(FieldIds.SubmitterEmail, form.SubmitterEmail, FieldLimits.Email);
            if (email is null) Fail(FieldIds.SubmitterEmail, "Register_SubmitterEmail_Required", "your email address is required");
            else if (!EmailAddress.IsValid(email)) Fail(FieldIds.SubmitterEmail, "Register_SubmitterEmail_Invalid", "not an email address");
            var role = Text(FieldIds.SubmitterRole, form.SubmitterRole, FieldLimits.Role);
            if (form.Consent != ConsentGiven) Fail(FieldIds.Consent, "Register_Consent_Required", "consent to the privacy notice is required");
            submitter = new Submitter(name ?? "", email ?? "", role ?? "");
        }

        // One message a field, the first found (a parse error before the rule it makes fail), in the form's order.
        var order = FieldIds.InOrder(culture).ToList();
        var ordered = violations.GroupBy(v => v.Field).Select(g => g.First())
            .OrderBy(v => order.IndexOf(v.Field) is var i and >= 0 ? i : int.MaxValue).ToList();
        return new RegistrationReading(initiative, newOrganisation, submitter, ordered);
    }

    /// <summary>A published organisation whose name, in any language, is the text typed but for case and accents.</summary>
    public static (Guid? Id, string? NewName) MatchOrganisation(DirectorySnapshot snapshot, string text)
    {
        var folded = TextFolding.Fold(text);
        var match = snapshot.Organisations.FirstOrDefault(o => o.Content.Name.Values.Any(n => TextFolding.Fold(n.Value) == folded));
        return match is null ? (null, text) : (match.Id, null);
    }
}
