using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using CsvHelper;

namespace Cartography.Data.Import;

/// <summary>One CSV row parsed into typed values; what cannot be parsed is added to the violations.</summary>
internal sealed record CsvRow
{
    public required LocalizedText Name { get; init; }
    public required LocalizedText Description { get; init; }
    public string? Organisation { get; init; }
    public required IReadOnlyList<string> Sectors { get; init; }
    public required IReadOnlyList<string> Types { get; init; }
    public required string Status { get; init; }
    public string? Street { get; init; }
    public required string PostalCode { get; init; }
    public required string City { get; init; }
    public GeoPoint? Location { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public int? StartedYear { get; init; }
    public bool Published { get; init; }
    /// <summary>The practical information the file carries; a group whose columns the file lacks is null and left as it was.</summary>
    public Given<OpeningHours?>? Hours { get; init; }
    public Given<IReadOnlyList<string>>? ContactModes { get; init; }
    public Given<Cost?>? Cost { get; init; }
    public Given<Accessibility?>? Accessibility { get; init; }

    /// <summary>A group of columns the file has, and the value its cells give (null when they are empty).</summary>
    internal sealed record Given<T>(T Value);

    public static CsvRow Parse(CsvReader csv, List<RuleViolation> violations)
    {
        string? Cell(string column) => InitiativeCsvImporter.Cell(csv, column);
        IReadOnlyList<string> List(string column) =>
            Cell(column)?.Split(CsvColumns.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

        double? Number(string column)
        {
            var text = Cell(column);
            if (text is null) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
            violations.Add(ImportReasons.NotANumberIn(column, text));
            return null;
        }

        var latitude = Number("latitude");
        var longitude = Number("longitude");
        GeoPoint? location = null;
        if (latitude is not null && longitude is not null)
        {
            if (GeoPoint.IsValid(latitude.Value, longitude.Value)) location = new GeoPoint(latitude.Value, longitude.Value);
            else violations.Add(ImportReasons.CoordinateOutOfRange(Math.Abs(latitude.Value) > 90 ? "latitude" : "longitude"));
        }
        else if ((latitude is null) != (longitude is null) && !violations.Any(v => v.Field is "latitude" or "longitude"))
        {
            violations.Add(ImportReasons.CoordinateMissing(latitude is null ? "latitude" : "longitude"));
        }

        int? startedYear = null;
        if (Cell("started_year") is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) startedYear = year;
            else violations.Add(ImportReasons.NotAYearIn("started_year", yearText));
        }

        var published = false;
        switch (Cell("published")?.ToLowerInvariant())
        {
            case "true": published = true; break;
            case "false": break;
            case var other: violations.Add(ImportReasons.NotTrueOrFalseIn("published", other ?? "")); break;
        }

        var header = csv.HeaderRecord ?? [];
        bool Has(string prefix) => header.Any(h => h.Trim().StartsWith(prefix, StringComparison.Ordinal));
        LocalizedText Note(string prefix) => LocalizedText.Of(Cell(prefix + "_fr"), Cell(prefix + "_nl"), Cell(prefix + "_en"));
        bool? Flag(string column)
        {
            switch (Cell(column)?.ToLowerInvariant())
            {
                case null: return null;
                case "true": return true;
                case "false": return false;
                case var other: violations.Add(ImportReasons.NotTrueOrFalseIn(column, other)); return null;
            }
        }

        Given<OpeningHours?>? hours = null;
        if (Has("hours"))
        {
            var note = Note("hours_note");
            if (!OpeningHoursText.TryParse(Cell("hours"), out var week, out var badPart)) violations.Add(ImportReasons.HoursUnreadable(badPart ?? ""));
            else if (week is not null || !note.IsEmpty) hours = new((week ?? new OpeningHours()) with { Note = note });
            hours ??= new(null);
        }
        var contactModes = Has("contact_modes") ? new Given<IReadOnlyList<string>>(List("contact_modes")) : null;
        Given<Cost?>? cost = null;
        if (Has("free") || Has("cost_note"))
        {
            var value = new Cost { Free = Flag("free"), Note = Note("cost_note") };
            cost = new(value.IsEmpty ? null : value);
        }
        Given<Accessibility?>? accessibility = null;
        if (Has("step_free") || Has("accessible_toilet") || Has("induction_loop") || Has("accessibility_note"))
        {
            var value = new Accessibility
            {
                StepFree = Flag("step_free"), AccessibleToilet = Flag("accessible_toilet"), InductionLoop = Flag("induction_loop"),
                Note = Note("accessibility_note"),
            };
            accessibility = new(value.IsEmpty ? null : value);
        }

        return new CsvRow
        {
            Name = LocalizedText.Of(Cell("name_fr"), Cell("name_nl"), Cell("name_en")),
            Description = LocalizedText.Of(Cell("description_fr"), Cell("description_nl"), Cell("description_en")),
            Organisation = Cell("organisation"),
            Sectors = List("sectors"),
            Types = List("types"),
            Status = Cell("status") ?? "",
            Street = Cell("street"),
            PostalCode = Cell("postal_code") ?? "",
            City = Cell("city") ?? "",
            Location = location,
            Website = Cell("website"),
            Email = Cell("email"),
            Phone = Cell("phone"),
            Languages = List("languages"),
            StartedYear = startedYear,
            Published = published,
            Hours = hours,
            ContactModes = contactModes,
            Cost = cost,
            Accessibility = accessibility,
        };
    }

    /// <summary>The initiative this row describes; fields the CSV does not carry are kept from <paramref name="before"/>.</summary>
    public Initiative ToInitiative(Initiative? before, Guid? organisationId, DateOnly today) => new()
    {
        Name = Name,
        Description = Description,
        Slug = before?.Slug ?? LocalizedText.Empty,
        OrganisationId = organisationId,
        Sectors = Sectors,
        Types = Types,
        Publics = before?.Publics ?? [],
        Status = Status,
        PeerWorkerCount = before?.PeerWorkerCount,
        Address = new Address(Street, PostalCode, City),
        Location = Location,
        Website = Website,
        Contact = new PublicContact(Email, Phone),
        Languages = Languages,
        StartedYear = StartedYear,
        Activity = before?.Activity ?? Activity.Active,
        LastVerified = before is null ? today : before.LastVerified,
        IsExample = before?.IsExample ?? false,
        Hours = Hours is null ? before?.Hours : Hours.Value,
        ContactModes = ContactModes is null ? before?.ContactModes ?? [] : ContactModes.Value,
        Cost = Cost is null ? before?.Cost : Cost.Value,
        Accessibility = Accessibility is null ? before?.Accessibility : Accessibility.Value,
    };
}
