using Cartography.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cartography.Data.Editorial;

/// <summary>
/// Runs one editorial operation in one transaction: its version, publishing, change and audit rows commit together
/// or not at all. An operation that lost a race with another writer (the item row's revision moved on, or the
/// version number it wrote was taken meanwhile) is run again from a fresh read, where it sees the winner's result
/// and answers accordingly: a stale save becomes a Conflict, a due schedule already run becomes nothing to do.
/// </summary>
internal sealed class EditorialTransactions(CartographyDatabase database)
{
    private const int Attempts = 3;

    public Task<EditOutcome> RunAsync(Guid itemId, Func<CartographyDbContext, Task<EditOutcome>> operation, CancellationToken cancellationToken) =>
        RunAsync(operation, outcome => outcome.Succeeded, EditOutcome.Refused(EditStatus.Conflict, itemId), cancellationToken);

    /// <param name="writes">Whether a result is to be committed; anything else is rolled back.</param>
    /// <param name="lostEveryRace">The answer when the operation lost its race on every attempt.</param>
    public async Task<TResult> RunAsync<TResult>(Func<CartographyDbContext, Task<TResult>> operation, Func<TResult, bool> writes,
        TResult lostEveryRace, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var context = database.CreateContext();
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await operation(context);
                if (!writes(result)) return result;
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (LostRace(e))
            {
                if (attempt == Attempts) return lostEveryRace;
            }
        }
    }

    private static bool LostRace(Exception e) => e switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: SqliteException sqlite } => IsLostRace(sqlite),
        DbUpdateException { InnerException: PostgresException postgres } => IsLostRace(postgres),
        SqliteException sqlite => IsLostRace(sqlite),
        PostgresException postgres => IsLostRace(postgres),
        _ => false,
    };

    // SQLITE_BUSY (a writer overtook this transaction's snapshot) or a UNIQUE/PRIMARY KEY constraint.
    private static bool IsLostRace(SqliteException e) =>
        e.SqliteErrorCode == 5 || e.SqliteExtendedErrorCode is 2067 or 1555;

    private static bool IsLostRace(PostgresException e) =>
        e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;
}
