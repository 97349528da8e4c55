using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Data.Import;

/// <summary>
/// An initiative written as the cells of one CSV row, in <see cref="CsvColumns.Exported"/> order, exactly as the importer
/// reads them back: the export writes these, and an import preview compares them to show what a row would change.
/// </summary>
internal static class InitiativeCsvCells
{
    public static string[] Of(string externalId, Initiative initiative, string? organisation, bool published) =>
    [
        externalId,
        initiative.Name.In(Culture.Fr) ?? "",
        initiative.Name.In(Culture.Nl) ?? "",
        initiative.Name.In(Culture.En) ?? "",
        initiative.Description.In(Culture.Fr) ?? "",
        initiative.Description.In(Culture.Nl) ?? "",
        initiative.Description.In(Culture.En) ?? "",
        organisation ?? "",
        List(initiative.Sectors),
        List(initiative.Types),
        initiative.Status,
        initiative.Address.Street ?? "",
        initiative.Address.PostalCode,
        initiative.Address.City,
        // .NET writes the shortest text that parses back to the same double: coordinates survive the round trip.
        initiative.Location?.Latitude.ToString(CultureInfo.InvariantCulture) ?? "",
        initiative.Location?.Longitude.ToString(CultureInfo.InvariantCulture) ?? "",
        initiative.Website ?? "",
        initiative.Contact.Email ?? "",
        initiative.Contact.Phone ?? "",
        List(initiative.Languages),
        initiative.StartedYear?.ToString(CultureInfo.InvariantCulture) ?? "",
        published ? "true" : "false",
        OpeningHoursText.Format(initiative.Hours),
        .. Note(initiative.Hours?.Note),
        List(initiative.ContactModes),
        Flag(initiative.Cost?.Free),
        .. Note(initiative.Cost?.Note),
        Flag(initiative.Accessibility?.StepFree),
        Flag(initiative.Accessibility?.AccessibleToilet),
        Flag(initiative.Accessibility?.InductionLoop),
        .. Note(initiative.Accessibility?.Note),
        initiative.Address.Place?.Municipality.NisCode ?? "",
    ];

    private static string[] Note(LocalizedText? note) => [.. Culture.All.Select(c => note?.In(c) ?? "")];

    private static string Flag(bool? value) => value switch { true => "true", false => "false", null => "" };

    private static string List(IReadOnlyList<string> keys) => string.Join(CsvColumns.ListSeparator, keys);
}
