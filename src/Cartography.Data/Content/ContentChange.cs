using Cartography.Core.Content;

namespace Cartography.Data.Content;

/// <summary>
/// A committed change to an item's public state, numbered in commit order; or, with no <see cref="Type"/>, a change
/// to the taxonomy, whose labels and retired flags every public page reads.
/// </summary>
public sealed record ContentChange(long Sequence, Guid ItemId, ContentType? Type)
{
    /// <summary>How a taxonomy change is marked in the change table.</summary>
    internal const string TaxonomyType = "Taxonomy";

    public bool IsTaxonomy => Type is null;
}
