using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Backoffice;

/// <summary><c>Cartography:Accounts</c>: set-password links, the per-address limit on failed sign-ins, and lockout.</summary>
public sealed class AccountOptions : IValidatableObject
{
    public const string Section = "Cartography:Accounts";

    /// <summary>How long a one-time set-password link works.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Failed passwords or codes one client address may send per <see cref="FailedSignInWindow"/>, whatever the accounts.</summary>
    [Range(1, 10_000)]
    public int FailedSignInsPerAddress { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Wrong passwords or codes in a row, from any addresses, before the account is locked: the guard against guessing
    /// from many addresses. 100 is NIST SP 800-63B's ceiling; it stays above the per-address limit so that one
    /// address cannot lock anyone out.
    /// </summary>
    [Range(1, 1000)]
    public int MaxFailedSignIns { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxFailedSignIns <= FailedSignInsPerAddress)
            yield return new ValidationResult(
                $"{nameof(MaxFailedSignIns)} ({MaxFailedSignIns}) must be greater than {nameof(FailedSignInsPerAddress)} ({FailedSignInsPerAddress}): otherwise one address can lock any account.",
                [nameof(MaxFailedSignIns), nameof(FailedSignInsPerAddress)]);
    }
}
