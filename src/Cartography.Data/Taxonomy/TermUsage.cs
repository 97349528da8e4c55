using Cartography.Core.Taxonomy;

namespace Cartography.Data.Taxonomy;

/// <summary>
/// A term as the back office lists it: key, labels, position and retired flag (all in <see cref="Term"/>), and how many
/// initiatives, organisations or resources use it in their published version or their latest draft.
/// </summary>
public sealed record TermUsage(Term Term, int UsageCount);
