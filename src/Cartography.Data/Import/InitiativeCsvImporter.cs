using System.Globalization;
using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Taxonomy;
using Cartography.Data.Writing;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cartography.Data.Import;

/// <summary>
/// Imports initiatives from CSV (see <see cref="CsvColumns"/>). Each row is checked whole and committed in its own
/// transaction: a bad row is reported and skipped, and never leaves anything half-written. <c>external_id</c>
/// makes a re-import update the same item instead of adding one.
/// </summary>
public sealed class InitiativeCsvImporter(ContentStore store, ContentService content, TaxonomyStore taxonomy, TimeProvider clock)
{
    /// <param name="actor">Who imports: <see cref="Actor.Import"/> of a back office user, or the <c>import</c> verb; the audit log names them.</param>
    public async Task<ImportReport> ImportAsync(TextReader input, Actor actor, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var results = new List<ImportRowResult>();
        var fileError = await PlanRowsAsync(input, actor.Name, async plan =>
        {
            var result = dryRun ? plan.Result : await plan.ApplyAsync(content, actor, cancellationToken);
            results.Add(result);
            return result.Status != ImportRowStatus.Rejected || plan.Status == ImportRowStatus.Rejected;
        }, cancellationToken);
        return new ImportReport(fileError is null ? results : [], fileError);
    }

    internal ContentService Content => content;

    /// <summary>
    /// Reads the file row by row and hands each row's plan to <paramref name="take"/>, which writes it or not and says
    /// whether later rows may count on it (an organisation it creates). Returns why the whole file was refused, if it was.
    /// </summary>
    internal async Task<string?> PlanRowsAsync(TextReader input, string author, Func<ImportRowPlan, Task<bool>> take, CancellationToken cancellationToken)
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
            return "the file is empty; the first line must be the header";
        var header = csv.HeaderRecord!.Select(h => h.Trim()).ToArray();
        var missing = CsvColumns.All.Except(header).ToList();
        var unknown = header.Except(CsvColumns.Exported).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
            return string.Join("; ", new[]
            {
                missing.Count > 0 ? "missing columns: " + string.Join(", ", missing) : null,
                unknown.Count > 0 ? "unknown columns: " + string.Join(", ", unknown) : null,
            }.OfType<string>());

        var context = await ImportContext.LoadAsync(store, cancellationToken);
        var planner = new ImportRowPlanner(store, terms, context, author, clock.GetUtcNow());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previousRawRow = csv.Parser.RawRow;
        while (await csv.ReadAsync())
        {
            var line = previousRawRow + 1;
            previousRawRow = csv.Parser.RawRow;
            var externalId = Cell(csv, "external_id");
            RuleViolation? reason = null;
            if (malformedLines.Overlaps(Enumerable.Range(line, previousRawRow - line + 1)))
                reason = ImportReasons.MalformedRow();
            else if (csv.Parser.Count != header.Length)
                reason = ImportReasons.WrongFieldCount(csv.Parser.Count, header.Length);
            else if (externalId is not null && !seen.Add(externalId))
                reason = ImportReasons.ExternalIdRepeated();
            var plan = reason is not null
                ? ImportRowPlanner.Rejected(line, externalId, null, [reason])
                : await planner.PlanAsync(csv, line, externalId, cancellationToken);
            if (!await take(plan) || !plan.Writes) continue;
            if (plan.NewOrganisationName is not null) context.AddOrganisation(plan.NewOrganisationName, plan.NewOrganisation!.Id, plan.NewOrganisation.Key);
            context.InitiativeIds[externalId!] = plan.Item!.Id;
        }
        return null;
    }

    internal static string? Cell(CsvReader csv, string column)
    {
        var value = csv.GetField(column)?.Trim();
        return string.IsNullOrEmpty(value) ? null : SpreadsheetCells.Restore(value);
    }
}
