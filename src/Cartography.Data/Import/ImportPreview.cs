namespace Cartography.Data.Import;

/// <summary>
/// What importing a file would do, row by row, with nothing written. Keep it (it serialises as JSON) with the file to
/// commit the same file later: the commit applies exactly these outcomes and refuses rows whose outcome has changed.
/// </summary>
public sealed record ImportPreview(ImportFileStatus Status, string? Reason, string FileFingerprint, IReadOnlyList<PreviewRow> Rows)
{
    public int Count(ImportRowStatus action) => Rows.Count(r => r.Action == action);

    public string Summary => Status != ImportFileStatus.Read
        ? $"file refused: {Reason}"
        : $"{Count(ImportRowStatus.Created)} to create, {Count(ImportRowStatus.Updated)} to update, " +
          $"{Count(ImportRowStatus.Unchanged)} unchanged, {Count(ImportRowStatus.Rejected)} rejected";
}
