using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Publishing;
using Cartography.Core.Taxonomy;
using Cartography.Data.Content;
using Cartography.Data.Taxonomy;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cartography.Data.Import;

/// <summary>
/// Imports initiatives from CSV (see <see cref="CsvColumns"/>). Each row is checked whole and committed in its own
/// transaction: a bad row is reported and skipped, and never leaves anything half-written. <c>external_id</c>
/// makes a re-import update the same item instead of adding one.
/// </summary>
public sealed class InitiativeCsvImporter(ContentStore store, TaxonomyStore taxonomy, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(TextReader input, string author, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var terms = await taxonomy.LoadAsync(cancellationToken);
        var malformedLines = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = args => malformedLines.Add(args.Context.Parser!.RawRow),
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvReader(input, configuration);
        if (!await csv.ReadAsync() || !csv.ReadHeader())
            return new ImportReport([], "the file is empty; the first line must be the header");
        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToArray();
        var missing = CsvColumns.All.Except(header).ToList();
        var unknown = header.Except(CsvColumns.All).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
            return new ImportReport([], string.Join("; ", new[]
            {
                missing.Count > 0 ? "missing columns: " + string.Join(", ", missing) : null,
                unknown.Count > 0 ? "unknown columns: " + string.Join(", ", unknown) : null,
            }.OfType<string>()));

        var context = await ImportContext.LoadAsync(store, cancellationToken);
        var results = new List<ImportRowResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previousRawRow = csv.Parser.RawRow;
        while (await csv.ReadAsync())
        {
            var line = previousRawRow + 1;
            previousRawRow = csv.Parser.RawRow;
            var externalId = Cell(csv, "external_id");
            if (malformedLines.Overlaps(Enumerable.Range(line, previousRawRow - line + 1)))
            {
                results.Add(Rejected(line, externalId, "malformed quoting (a field with a comma, quote or line break must be in double quotes, with inner quotes doubled)"));
                continue;
            }
            if (csv.Parser.Count != header.Length)
            {
                results.Add(Rejected(line, externalId, $"the row has {csv.Parser.Count} fields, the header {header.Length}"));
                continue;
            }
            if (externalId is not null && !seen.Add(externalId))
            {
                results.Add(Rejected(line, externalId, "the same external_id appears on an earlier line of this file"));
                continue;
            }
            results.Add(await ImportRowAsync(csv, line, externalId, terms, context, author, dryRun, cancellationToken));
        }
        return new ImportReport(results);
    }

    private async Task<ImportRowResult> ImportRowAsync(
        CsvReader csv, int line, string? externalId, TermSet terms, ImportContext context, string author, bool dryRun, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var row = CsvRow.Parse(csv, reasons);
        if (externalId is null) reasons.Add("external_id is required");
        else if (externalId.Length > CsvColumns.MaxExternalIdLength) reasons.Add($"external_id is longer than {CsvColumns.MaxExternalIdLength} characters");
        if (reasons.Count > 0 || externalId is null) return Rejected(line, externalId, reasons.ToArray());

        var now = clock.GetUtcNow();
        await using var session = store.OpenSession();
        var existing = context.InitiativeIds.TryGetValue(externalId, out var existingId)
            ? await session.FindAsync<Initiative>(existingId, cancellationToken)
            : null;
        var id = existing?.Id ?? Guid.NewGuid();

        var organisationId = row.Organisation is null ? null : context.FindOrganisation(row.Organisation);
        Organisation? newOrganisation = null;
        if (row.Organisation is not null && organisationId is null)
        {
            newOrganisation = new Organisation { Name = LocalizedText.Of(fr: row.Organisation, nl: row.Organisation, en: row.Organisation) };
            organisationId = Guid.NewGuid();
        }

        var before = existing?.Latest.Content;
        var initiative = row.ToInitiative(before, organisationId, DateOnly.FromDateTime(now.UtcDateTime));
        initiative = initiative with { Slug = context.Slugs.Allocate(id, initiative.Name, before?.Slug ?? LocalizedText.Empty) };
        var violations = InitiativeRules.Validate(initiative, terms, now.Year);
        if (violations.Count > 0) return Rejected(line, externalId, violations.Select(v => v.ToString()).ToArray());

        var contentChanged = before is null || ContentJson.Write(before) != ContentJson.Write(initiative);
        var publishChanged = existing is not null && (existing.Published is not null) != row.Published;
        if (existing is not null && !contentChanged && !publishChanged && (!row.Published || !existing.HasDraft))
            return new ImportRowResult(line, externalId, ImportRowStatus.Unchanged, []);

        var item = existing ?? ContentItem<Initiative>.Create(id, externalId, initiative, author, now);
        if (existing is not null && contentChanged) item.Save(initiative, author, now);
        if (row.Published) item.Publish(now);
        else item.Unpublish();

        if (!dryRun)
        {
            if (newOrganisation is not null)
            {
                var organisation = ContentItem<Organisation>.Create(organisationId!.Value, null, newOrganisation, author, now);
                organisation.Publish(now);
                session.Stage(organisation);
            }
            session.Stage(item);
            await session.CommitAsync(cancellationToken);
        }
        if (newOrganisation is not null) context.AddOrganisation(row.Organisation!, organisationId!.Value);
        context.InitiativeIds[externalId] = id;
        return new ImportRowResult(line, externalId, existing is null ? ImportRowStatus.Created : ImportRowStatus.Updated, []);
    }

    private static ImportRowResult Rejected(int line, string? externalId, params string[] reasons) =>
        new(line, externalId, ImportRowStatus.Rejected, reasons);

    internal static string? Cell(CsvReader csv, string column)
    {
        var value = csv.GetField(column)?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
