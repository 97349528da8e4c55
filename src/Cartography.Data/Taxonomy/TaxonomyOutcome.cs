namespace Cartography.Data.Taxonomy;

/// <summary>What a taxonomy change did, or why it was refused; <see cref="UsageCount"/> is set for <see cref="TaxonomyStatus.InUse"/>.</summary>
public sealed record TaxonomyOutcome(TaxonomyStatus Status, string? Reason = null, int UsageCount = 0)
{
    public bool Succeeded => Status is TaxonomyStatus.Added or TaxonomyStatus.Relabelled or TaxonomyStatus.Described or TaxonomyStatus.Reordered
        or TaxonomyStatus.Retired or TaxonomyStatus.Reinstated or TaxonomyStatus.Deleted or TaxonomyStatus.Unchanged;
}
