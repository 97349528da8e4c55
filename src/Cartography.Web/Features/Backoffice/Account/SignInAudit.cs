using System.Threading.RateLimiting;
using Cartography.Data.Audit;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>
/// The audit rows of sign-in attempts. Successes and lockouts are each recorded; failures at most once per account
/// and address per window, refusals of a throttled address once per window, and failures of all accounts together
/// at most <see cref="MostFailureRowsPerWindow"/> per window, so a flood of guesses cannot grow the table without bound.
/// </summary>
public sealed class SignInAudit : IDisposable
{
    /// <summary>Failure rows one node writes per window, whatever the accounts and addresses: a flood from many addresses stops here.</summary>
    public const int MostFailureRowsPerWindow = 100;

    private readonly AuditLog audit;
    private readonly AccountOptions settings;
    private readonly PartitionedRateLimiter<string> oncePerWindow;
    private readonly RateLimiter allFailures;

    public SignInAudit(AuditLog audit, IOptions<AccountOptions> options)
    {
        this.audit = audit;
        settings = options.Value;
        oncePerWindow = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(1)));
        allFailures = new FixedWindowRateLimiter(Window(MostFailureRowsPerWindow));
    }

    public Task SucceededAsync(string account, string? detail = null) => audit.RecordAsync(account, AccountActions.SignIn, detail: detail);

    public Task LockedOutAsync(string account, string address, string step) =>
        audit.RecordAsync(account, AccountActions.LockedOut, detail: $"{step}; {settings.MaxFailedSignIns} failures in a row; last from {address}");

    public async Task FailedAsync(string account, string address, string step)
    {
        if (!Take($"failed|{account.ToUpperInvariant()}|{address}")) return;
        using (var lease = allFailures.AttemptAcquire())
            if (!lease.IsAcquired) return;
        await audit.RecordAsync(account, AccountActions.SignInFailed,
            detail: $"{step}; from {address}; further failures for this account from this address within {settings.FailedSignInWindow} are not recorded");
    }

    public async Task ThrottledAsync(string address)
    {
        if (!Take($"throttled|{address}")) return;
        await audit.RecordAsync(address, AccountActions.SignInThrottled,
            detail: $"{settings.FailedSignInsPerAddress} failures within {settings.FailedSignInWindow}; sign-ins from this address refused until the window ends");
    }

    private bool Take(string key)
    {
        using var lease = oncePerWindow.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits, Window = settings.FailedSignInWindow, QueueLimit = 0, AutoReplenishment = true,
    };

    public void Dispose()
    {
        oncePerWindow.Dispose();
        allFailures.Dispose();
    }
}
