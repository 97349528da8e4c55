using Cartography.Core.Content;

namespace Cartography.Data.Import;

public enum ImportRowStatus
{
    Created,
    Updated,
    Unchanged,
    Rejected,
    /// <summary>At commit, the row would no longer do what its preview showed, so it was left alone.</summary>
    ChangedSincePreview,
}

/// <summary>What happened to one CSV row, by its line number in the file (the header is line 1), and why if it was refused.</summary>
public sealed record ImportRowResult(int Line, string? ExternalId, ImportRowStatus Status, IReadOnlyList<RuleViolation> Violations)
{
    /// <summary>The violations in English, as the <c>import</c> verb prints them.</summary>
    public IReadOnlyList<string> Reasons => Violations.Select(ImportReasons.Describe).ToList();

    public override string ToString() =>
        $"line {Line}{(ExternalId is null ? "" : $" ({ExternalId})")}: {Status.ToString().ToLowerInvariant()}" +
        (Reasons.Count == 0 ? "" : " - " + string.Join("; ", Reasons));
}

/// <summary>The outcome of an import: a result per row, or a reason the whole file was refused.</summary>
public sealed record ImportReport(IReadOnlyList<ImportRowResult> Rows, string? FileError = null)
{
    public int Count(ImportRowStatus status) => Rows.Count(r => r.Status == status);

    public string Summary => FileError is not null
        ? $"file refused: {FileError}"
        : $"{Count(ImportRowStatus.Created)} created, {Count(ImportRowStatus.Updated)} updated, " +
          $"{Count(ImportRowStatus.Unchanged)} unchanged, {Count(ImportRowStatus.Rejected)} rejected";
}
