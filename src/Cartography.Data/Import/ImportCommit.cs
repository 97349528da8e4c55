namespace Cartography.Data.Import;

/// <summary>
/// The outcome of committing a previewed file: the file's status and, once read, a result per row. A row the
/// database no longer lets do what the preview said is reported <see cref="ImportRowStatus.ChangedSincePreview"/>
/// and left alone; the others are applied, each in its own transaction.
/// </summary>
public sealed record ImportCommit(ImportFileStatus Status, string? Reason, IReadOnlyList<ImportRowResult> Rows)
{
    public int Count(ImportRowStatus status) => Rows.Count(r => r.Status == status);

    public string Summary => Status != ImportFileStatus.Read
        ? $"file refused: {Reason}"
        : $"{Count(ImportRowStatus.Created)} created, {Count(ImportRowStatus.Updated)} updated, " +
          $"{Count(ImportRowStatus.Unchanged)} unchanged, {Count(ImportRowStatus.Rejected)} rejected, " +
          $"{Count(ImportRowStatus.ChangedSincePreview)} changed since the preview";
}
