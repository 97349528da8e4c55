using Cartography.Core.Content;
using Cartography.Core.Publishing;
using Cartography.Data.Content;

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

    /// <summary>Writes the row in its own transaction: the organisation it creates, then the initiative.</summary>
    public async Task ApplyAsync(ContentStore store, CancellationToken cancellationToken)
    {
        if (!Writes) return;
        await using var session = store.OpenSession();
        if (NewOrganisation is not null) session.Stage(NewOrganisation);
        session.Stage(Item!);
        await session.CommitAsync(cancellationToken);
    }
}
