using Cartography.Data.Editorial;

namespace Cartography.Data.Writing;

/// <summary>What committing a batch did: how many items it wrote, or, when it wrote none, why each refused item was refused.</summary>
public sealed record ContentBatchOutcome(int Written, IReadOnlyList<EditOutcome> Refused)
{
    public static ContentBatchOutcome Nothing { get; } = new(0, []);

    public bool Succeeded => Refused.Count == 0;
}
