using Cartography.Core.Content;
using Cartography.Core.Publishing;
using Cartography.Data.Editorial;
using Cartography.Data.Writing;

namespace Cartography.Data.Import;

/// <summary>
/// What importing one row would do, worked out without writing: its outcome, the violations that reject it, the item
/// and organisation to store, the row's fields before and after, and a fingerprint of that outcome to check a preview
/// against at commit.
/// </summary>
internal sealed class ImportRowPlan
{
    public required int Line { get; init; }
    public required string? ExternalId { get; init; }
    public required string? Name { get; init; }
    public required ImportRowStatus Status { get; init; }
    public IReadOnlyList<RuleViolation> Violations { get; init; } = [];
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];
    public required string Fingerprint { get; init; }

    /// <summary>The item with its new version or publishing mark; null when there is nothing to write.</summary>
    public ContentItem<Initiative>? Item { get; init; }

    public ContentItem<Organisation>? NewOrganisation { get; init; }
    public string? NewOrganisationName { get; init; }

    public ImportRowResult Result => new(Line, ExternalId, Status, Violations);

    public bool Writes => Item is not null && Status is ImportRowStatus.Created or ImportRowStatus.Updated;

    /// <summary>
    /// Writes the row through the content service in its own transaction (the organisation it creates, then the
    /// initiative), and answers what happened to it: its planned result, or rejected with the service's reasons.
    /// </summary>
    public async Task<ImportRowResult> ApplyAsync(ContentService content, Actor actor, CancellationToken cancellationToken)
    {
        if (!Writes) return Result;
        var batch = content.OpenBatch(actor);
        if (NewOrganisation is not null) batch.Stage(NewOrganisation);
        batch.Stage(Item!);
        var outcome = await batch.CommitAsync(cancellationToken);
        if (outcome.Succeeded) return Result;
        var violations = outcome.Refused.SelectMany(r => r.Status == EditStatus.Invalid ? r.Violations : [ImportReasons.NotWrittenBecause(r.Status.ToString())])
            .Distinct().ToList();
        return new ImportRowResult(Line, ExternalId, ImportRowStatus.Rejected, violations);
    }
}
