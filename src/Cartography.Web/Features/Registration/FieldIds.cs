using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Registration;

/// <summary>The ids of the form's inputs; a message about a field is keyed by its id, so the summary can link to it.</summary>
public static class FieldIds
{
    public const string Organisation = "organisation";
    public const string Sectors = "sectors";
    public const string Types = "types";
    public const string Status = "status";
    public const string PeerWorkers = "peer-workers";
    public const string Publics = "publics";
    public const string Street = "street";
    public const string PostalCode = "postal-code";
    public const string City = "city";
    public const string Place = "place";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Website = "website";
    public const string Email = "contact-email";
    public const string Phone = "phone";
    public const string Languages = "languages";
    public const string StartedYear = "started-year";
    public const string HoursByAppointment = "hours-by-appointment";
    public const string HoursNote = "hours-note";
    public const string ContactModes = "contact-modes";
    public const string CostFree = "cost-free";
    public const string CostNote = "cost-note";
    public const string StepFree = "step-free";
    public const string AccessibleToilet = "accessible-toilet";
    public const string InductionLoop = "induction-loop";
    public const string AccessibilityNote = "accessibility-note";
    public const string SubmitterName = "submitter-name";
    public const string SubmitterEmail = "submitter-email";
    public const string SubmitterRole = "submitter-role";
    public const string Consent = "consent";
    public const string Homepage = "homepage";

    public static string Name(Culture culture) => $"name-{culture.Code}";

    public static string Description(Culture culture) => $"description-{culture.Code}";

    /// <summary>The time ranges of one weekday, e.g. <c>hours-monday</c>: the field InitiativeRules calls <c>hours_monday</c>.</summary>
    public static string Hours(DayOfWeek day) => $"hours-{day.ToString().ToLowerInvariant()}";

    /// <summary>A choice in a group of boxes, e.g. <c>sectors-addiction</c>.</summary>
    public static string Choice(string group, string key) => $"{group}-{key}";

    /// <summary>The fields in the order the form shows them: the page's language first, then the others.</summary>
    public static IReadOnlyList<string> InOrder(Culture culture)
    {
        var others = Culture.All.Where(c => c != culture).ToList();
        return
        [
            Organisation, Name(culture), Description(culture), .. others.SelectMany(c => new[] { Name(c), Description(c) }),
            Sectors, Types, Status, PeerWorkers, Publics, Street, PostalCode, City, Latitude, Longitude,
            Website, Email, Phone, Languages, StartedYear,
            .. Core.Content.OpeningHours.Week.Select(Hours), HoursByAppointment, HoursNote, ContactModes, CostFree, CostNote,
            StepFree, AccessibleToilet, InductionLoop, AccessibilityNote, SubmitterName, SubmitterEmail, SubmitterRole, Consent,
        ];
    }

    /// <summary>Where a rule of <see cref="Core.Content.InitiativeRules"/> points, as a field id of this form.</summary>
    public static string OfRule(string field, Culture culture) => field switch
    {
        "name" => Name(culture),
        _ when field.StartsWith("name_", StringComparison.Ordinal) => $"name-{field[5..]}",
        _ when field.StartsWith("description_", StringComparison.Ordinal) => $"description-{field[12..]}",
        "postal_code" => PostalCode,
        "location" => Latitude,
        "email" => Email,
        "started_year" => StartedYear,
        "peer_workers" => PeerWorkers,
        "hours" => HoursByAppointment,
        _ when field.StartsWith("hours_note_", StringComparison.Ordinal) => HoursNote,
        _ when field.StartsWith("hours_", StringComparison.Ordinal) => $"hours-{field[6..]}",
        "contact_modes" => ContactModes,
        _ when field.StartsWith("cost_note_", StringComparison.Ordinal) => CostNote,
        _ when field.StartsWith("accessibility_note_", StringComparison.Ordinal) => AccessibilityNote,
        _ => field,
    };
}
