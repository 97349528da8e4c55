using Cartography.Core.Content;

namespace Cartography.Data.Import;

/// <summary>
/// What importing one row would do: its line (the header is line 1), its external_id and name, the action, the
/// violations that reject it, the fields an update would change (for a creation, every field it fills), and a
/// fingerprint of this outcome that the commit checks.
/// </summary>
public sealed record PreviewRow(
    int Line, string? ExternalId, string? Name, ImportRowStatus Action,
    IReadOnlyList<RuleViolation> Violations, IReadOnlyList<FieldChange> Changes, string Fingerprint);
