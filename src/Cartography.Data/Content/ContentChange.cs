using Cartography.Core.Content;

namespace Cartography.Data.Content;

/// <summary>A committed change to an item's public state, numbered in commit order.</summary>
public sealed record ContentChange(long Sequence, Guid ItemId, ContentType Type);
