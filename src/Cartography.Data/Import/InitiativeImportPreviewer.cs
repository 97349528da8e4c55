using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Cartography.Data.Writing;
using CsvHelper;
using CsvHelper.Configuration;

namespace Cartography.Data.Import;

/// <summary>
/// Import in two steps for the back office: <see cref="PreviewAsync"/> shows what each row of an uploaded file
/// would do and writes nothing; <see cref="CommitAsync"/> takes the same file and its preview and applies exactly
/// what was shown. Each row's outcome is fingerprinted, so a row whose outcome the database no longer gives (an
/// editor changed the initiative meanwhile, a term was retired, ...) is reported instead of applied blindly.
/// </summary>
public sealed class InitiativeImportPreviewer(InitiativeCsvImporter importer, ImportLimits limits)
{
    private const string PreviewAuthor = "preview";

    public async Task<ImportPreview> PreviewAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var (bytes, status, reason) = await ReadAsync(file, cancellationToken);
        if (bytes is null) return new ImportPreview(status, reason, "", []);
        var rows = new List<PreviewRow>();
        var fileError = await importer.PlanRowsAsync(Text(bytes), PreviewAuthor, plan =>
        {
            rows.Add(new PreviewRow(plan.Line, plan.ExternalId, plan.Name, plan.Status, plan.Violations, plan.Changes, plan.Fingerprint));
            return Task.FromResult(true);
        }, cancellationToken);
        return fileError is not null
            ? new ImportPreview(ImportFileStatus.BadHeader, fileError, Fingerprint(bytes), [])
            : new ImportPreview(ImportFileStatus.Read, null, Fingerprint(bytes), rows);
    }

    public async Task<ImportCommit> CommitAsync(Stream file, ImportPreview preview, Actor actor, CancellationToken cancellationToken = default)
    {
        var (bytes, status, reason) = await ReadAsync(file, cancellationToken);
        if (bytes is null) return new ImportCommit(status, reason, []);
        if (Fingerprint(bytes) != preview.FileFingerprint || preview.Status != ImportFileStatus.Read)
            return new ImportCommit(ImportFileStatus.NotThePreviewedFile, "this is not the file that was previewed; preview it first", []);

        var previewed = preview.Rows.ToDictionary(r => r.Line);
        var results = new List<ImportRowResult>();
        var fileError = await importer.PlanRowsAsync(Text(bytes), actor.Name, async plan =>
        {
            if (!previewed.TryGetValue(plan.Line, out var shown) || shown.Fingerprint != plan.Fingerprint)
            {
                results.Add(new ImportRowResult(plan.Line, plan.ExternalId, ImportRowStatus.ChangedSincePreview, [ImportReasons.ChangedSince(WhatChanged(shown, plan))]));
                return false;
            }
            var result = await plan.ApplyAsync(importer.Content, actor, cancellationToken);
            results.Add(result);
            return result.Status != ImportRowStatus.Rejected || plan.Status == ImportRowStatus.Rejected;
        }, cancellationToken);
        return fileError is not null
            ? new ImportCommit(ImportFileStatus.BadHeader, fileError, [])
            : new ImportCommit(ImportFileStatus.Read, null, results);
    }

    private static string WhatChanged(PreviewRow? shown, ImportRowPlan now)
    {
        var action = $"{now.Status.ToString().ToLowerInvariant()}{(now.Violations.Count == 0 ? "" : " (" + string.Join("; ", now.Violations.Select(ImportReasons.Describe)) + ")")}";
        return shown is null || shown.Action == now.Status
            ? $"the stored data this row depends on changed since the preview; it would now be {action}: preview the file again"
            : $"the preview said {shown.Action.ToString().ToLowerInvariant()}, it would now be {action}: preview the file again";
    }

    /// <summary>The whole file in memory (it is bounded by <see cref="ImportLimits.MaxBytes"/>), or why it is refused.</summary>
    private async Task<(byte[]? Bytes, ImportFileStatus Status, string? Reason)> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        if (file.CanSeek && file.Length - file.Position > limits.MaxBytes) return TooLarge();
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes) return TooLarge();
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.ToArray();
        if (!Utf8.IsValid(bytes))
            return (null, ImportFileStatus.NotUtf8, "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        if (CountRows(bytes) > limits.MaxRows)
            return (null, ImportFileStatus.TooManyRows, $"the file has more than {limits.MaxRows} rows; split it into smaller files");
        return (bytes, ImportFileStatus.Read, null);

        (byte[]?, ImportFileStatus, string?) TooLarge() =>
            (null, ImportFileStatus.TooLarge, $"the file is larger than {Size(limits.MaxBytes)}; split it into smaller files");
    }

    private static int CountRows(byte[] bytes)
    {
        using var parser = new CsvParser(Text(bytes), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var records = 0;
        while (parser.Read()) records++;
        return Math.Max(0, records - 1);
    }

    private static StreamReader Text(byte[] bytes) => new(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    private static string Fingerprint(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB")
        : $"{bytes} bytes";
}
