using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>
/// Counts failed sign-ins (passwords and codes) per client address, with the framework's fixed-window rate limiter:
/// only failures use up the allowance, so colleagues behind one address who sign in correctly never run it down.
/// Once it is used up, every sign-in from that address is refused unread until the window ends, the right password
/// too (answering it would tell the attacker which guess was right). In memory: each node counts its own.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures;

    public SignInThrottle(IOptions<AccountOptions> options)
    {
        var settings = options.Value;
        failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.FailedSignInsPerAddress, Window = settings.FailedSignInWindow, QueueLimit = 0, AutoReplenishment = true,
        }));
    }

    /// <summary>How long the address must wait before it may try again, or null when it may try now.</summary>
    public TimeSpan? WaitFor(string address)
    {
        // Asking for no permit tells whether any is left without using one.
        using var lease = failures.AttemptAcquire(address, 0);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Failed(string address)
    {
        using var _ = failures.AttemptAcquire(address);
    }

    public void Dispose() => failures.Dispose();
}
