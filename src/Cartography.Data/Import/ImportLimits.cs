using System.ComponentModel.DataAnnotations;

namespace Cartography.Data.Import;

/// <summary><c>Cartography:Import</c>: how big an uploaded file a preview accepts. The import verb has no limit.</summary>
public sealed class ImportLimits
{
    public const string Section = "Cartography:Import";

    [Range(1, 1_000_000_000)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    [Range(1, 1_000_000)]
    public int MaxRows { get; set; } = 10_000;
}
