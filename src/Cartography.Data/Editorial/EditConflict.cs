using Cartography.Core.Editorial;

namespace Cartography.Data.Editorial;

/// <summary>
/// Why a save was refused: <see cref="SavedBy"/> saved version <see cref="NewerVersion"/> at <see cref="SavedAt"/>
/// after the editor opened version <see cref="StartedFrom"/>; <see cref="Changes"/> is what that newer version changed.
/// </summary>
public sealed record EditConflict(int StartedFrom, int NewerVersion, string SavedBy, DateTimeOffset SavedAt, ContentDiff Changes);
