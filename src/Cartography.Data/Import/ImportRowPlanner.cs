using Cartography.Core.Places;
using System.Security.Cryptography;
using System.Text;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Publishing;
using Cartography.Core.Taxonomy;
using Cartography.Data.Content;
using Cartography.Data.Writing;
using CsvHelper;

namespace Cartography.Data.Import;

/// <summary>Works out what one parsed CSV row would do to the stored initiatives, reading but never writing.</summary>
internal sealed class ImportRowPlanner(ContentStore store, TermSet terms, ImportContext context, string author, DateTimeOffset now)
{
    public async Task<ImportRowPlan> PlanAsync(CsvReader csv, int line, string? externalId, CancellationToken cancellationToken)
    {
        var violations = new List<RuleViolation>();
        var row = CsvRow.Parse(csv, violations);
        var name = row.Name.IsEmpty ? null : row.Name.For(Culture.Fr).Text;
        if (externalId is null) violations.Add(ImportReasons.ExternalIdMissing());
        else if (externalId.Length > CsvColumns.MaxExternalIdLength) violations.Add(ImportReasons.ExternalIdLongerThan(CsvColumns.MaxExternalIdLength));
        if (violations.Count > 0 || externalId is null) return Rejected(line, externalId, name, violations);

        await using var session = store.OpenSession();
        var existing = context.InitiativeIds.TryGetValue(externalId, out var existingId)
            ? await session.FindAsync<Initiative>(existingId, cancellationToken)
            : null;
        var id = existing?.Id ?? Guid.NewGuid();

        var organisationId = row.Organisation is null ? null : context.Organisations.Find(row.Organisation);
        Organisation? newOrganisation = null;
        string? newOrganisationKey = null;
        if (row.Organisation is not null && organisationId is null)
        {
            var (organisationName, key) = OrganisationLookup.Qualified(row.Organisation) ?? (row.Organisation, null!);
            newOrganisation = new Organisation { Name = LocalizedText.Of(fr: organisationName, nl: organisationName, en: organisationName) };
            newOrganisationKey = key;
            organisationId = Guid.NewGuid();
        }

        var before = existing?.Latest.Content;
        var initiative = row.ToInitiative(before, organisationId, BelgianTime.DateOf(now));
        // Planned as the content service will store it, place matched: "liege" in a row is the stored "Liège", no change.
        initiative = InitiativePlaces.Resolve(initiative with { Slug = context.Slugs.Allocate(id, initiative.Name, before?.Slug ?? LocalizedText.Empty) });
        violations.AddRange(InitiativeRules.Validate(initiative, terms, now.Year));
        violations.AddRange(RetiredChoices(before, initiative));
        if (violations.Count > 0) return Rejected(line, externalId, name, violations);

        var contentChanged = before is null || ContentJson.Write(InitiativePlaces.Resolve(before)) != ContentJson.Write(initiative);
        var publishChanged = existing is not null && (existing.Published is not null) != row.Published;
        var unchanged = existing is not null && !contentChanged && !publishChanged && (!row.Published || !existing.HasDraft);
        var status = existing is null ? ImportRowStatus.Created : unchanged ? ImportRowStatus.Unchanged : ImportRowStatus.Updated;

        var organisationIsNew = newOrganisation is not null || organisationId is { } o && context.IsOfThisFile(o);
        var fingerprint = Fingerprint(
            status.ToString(),
            existing is null ? "new" : $"{existing.Latest.Number}/{existing.Published?.Number}",
            // Ids and dates made up at planning time differ between a preview and its commit, so they are left out.
            ContentJson.Write(initiative with { OrganisationId = organisationIsNew ? null : organisationId, LastVerified = before?.LastVerified }),
            organisationIsNew ? "new organisation " + row.Organisation!.ToLowerInvariant() : null,
            row.Published.ToString());
        var changes = Changes(externalId, existing, initiative, row);
        if (unchanged) return new ImportRowPlan { Line = line, ExternalId = externalId, Name = name, Status = status, Fingerprint = fingerprint };

        var item = existing ?? ContentItem<Initiative>.Create(id, externalId, initiative, author, now);
        if (existing is not null && contentChanged) item.Save(initiative, author, now);
        if (row.Published) item.Publish(now);
        else item.Unpublish();
        ContentItem<Organisation>? organisationItem = null;
        if (newOrganisation is not null)
        {
            organisationItem = ContentItem<Organisation>.Create(organisationId!.Value, newOrganisationKey, newOrganisation, author, now);
            organisationItem.Publish(now);
        }
        return new ImportRowPlan
        {
            Line = line, ExternalId = externalId, Name = name, Status = status, Changes = changes, Fingerprint = fingerprint,
            Item = item, NewOrganisation = organisationItem, NewOrganisationName = newOrganisation is null ? null : row.Organisation,
        };
    }

    public static ImportRowPlan Rejected(int line, string? externalId, string? name, IReadOnlyList<RuleViolation> violations) => new()
    {
        Line = line, ExternalId = externalId, Name = name, Status = ImportRowStatus.Rejected, Violations = violations,
        Fingerprint = Fingerprint([nameof(ImportRowStatus.Rejected), .. violations.Select(ImportReasons.Describe)]),
    };

    /// <summary>A retired term stays on the records that have it, but a row cannot give it to one that does not.</summary>
    private IEnumerable<RuleViolation> RetiredChoices(Initiative? before, Initiative after)
    {
        var chosen = new[]
        {
            ("sectors", Vocabulary.Sector, after.Sectors, before?.Sectors ?? []),
            ("types", Vocabulary.Type, after.Types, before?.Types ?? []),
            ("status", Vocabulary.Status, [after.Status], before is null ? [] : [before.Status]),
        };
        foreach (var (column, vocabulary, keys, had) in chosen)
            foreach (var key in keys.Except(had).Where(k => terms.Find(vocabulary, k)?.Retired == true))
                yield return ImportReasons.Retired(column, vocabulary, key);
    }

    private IReadOnlyList<FieldChange> Changes(string externalId, ContentItem<Initiative>? existing, Initiative after, CsvRow row)
    {
        var afterCells = InitiativeCsvCells.Of(externalId, after, row.Organisation, row.Published);
        var changes = new List<FieldChange>();
        if (existing is null)
        {
            for (var i = 1; i < afterCells.Length; i++)
                if (afterCells[i].Length > 0) changes.Add(new FieldChange(CsvColumns.Exported[i], null, afterCells[i]));
            return changes;
        }
        var before = existing.Latest.Content;
        var beforeCells = InitiativeCsvCells.Of(externalId, before, context.Organisations.NameOf(before.OrganisationId), existing.Latest.IsPublished);
        if (existing.Published is not null && !existing.Latest.IsPublished)
            beforeCells[PublishedColumn] = "true (an earlier version; the latest is not published)";
        for (var i = 1; i < afterCells.Length; i++)
        {
            var column = CsvColumns.Exported[i];
            // The importer matches organisations by name in any language and case: only a different organisation is a change.
            var changed = column == "organisation" ? before.OrganisationId != after.OrganisationId : beforeCells[i] != afterCells[i];
            if (changed) changes.Add(new FieldChange(column, beforeCells[i], afterCells[i]));
        }
        return changes;
    }

    private static readonly int PublishedColumn = CsvColumns.Exported.ToList().IndexOf("published");

    private static string Fingerprint(params string?[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? "\u2400")))));
}
