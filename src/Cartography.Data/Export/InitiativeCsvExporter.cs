using System.Globalization;
using System.Text;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Content;
using Cartography.Data.Import;
using CsvHelper;

namespace Cartography.Data.Export;

/// <summary>
/// Writes the published directory as the CSV the importer reads (<see cref="CsvColumns"/>): importing the file back
/// into the same database changes nothing. Only published versions and public fields are written: no draft, no
/// unpublished initiative, nothing a submitter sent privately (it is not part of an initiative). Rows are streamed. A cell that a spreadsheet
/// would run as a formula is written as text (<see cref="SpreadsheetCells"/>); the importer reads it back unchanged.
/// </summary>
public sealed class InitiativeCsvExporter(ContentStore store)
{
    /// <summary>UTF-8 with a byte order mark, so spreadsheets read the accents right; the importer skips the mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the header and one row per published initiative; returns how many were written.</summary>
    public async Task<int> ExportAsync(Stream output, CancellationToken cancellationToken = default)
    {
        OrganisationLookup lookup;
        await using (var session = store.OpenSession()) lookup = await OrganisationLookup.LoadAsync(session, cancellationToken);
        var organisations = (await store.PublishedAsync<Organisation>(cancellationToken: cancellationToken))
            .ToDictionary(o => o.Id, o => lookup.CellFor(o.Id, o.Content.Name.For(Culture.Fr).Text));
        await using var writer = new StreamWriter(output, Encoding, bufferSize: 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in CsvColumns.Exported) csv.WriteField(column);
        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var initiative in store.StreamPublishedAsync<Initiative>(cancellationToken))
        {
            var content = initiative.Content;
            var organisation = content.OrganisationId is { } id ? organisations.GetValueOrDefault(id) : null;
            var externalId = initiative.Key ?? ImportContext.IdAsExternalId(initiative.Id);
            foreach (var cell in InitiativeCsvCells.Of(externalId, content, organisation, published: true)) csv.WriteField(SpreadsheetCells.Neutralise(cell));
            await csv.NextRecordAsync();
            count++;
        }
        await csv.FlushAsync();
        return count;
    }
}
