using Cartography.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Audit;

/// <summary>The audit log in the database: written by the back office, read by administrators.</summary>
public sealed class AuditLog(CartographyDatabase database, TimeProvider clock)
{
    public const int ActorLength = 256;
    public const int ActionLength = 64;
    public const int SubjectLength = 256;
    public const int DetailLength = 1000;

    public async Task RecordAsync(string actor, string action, string? subject = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        context.AuditEntries.Add(new AuditEntryRow
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = Fit(actor, ActorLength)!,
            Action = Fit(action, ActionLength)!,
            Subject = Fit(subject, SubjectLength),
            Detail = Fit(detail, DetailLength),
        });
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<AuditPage> PageAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var entries = context.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Action)) entries = entries.Where(e => e.Action == query.Action);
        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        return new AuditPage(page, total);
    }

    /// <summary>The actions the log holds, for a filter.</summary>
    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
    }

    // A long value is cut rather than refused: losing the end of a detail beats losing the entry.
    private static string? Fit(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
