using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Backoffice;

/// <summary><c>Cartography:Accounts</c>: set-password links and lockout.</summary>
public sealed class AccountOptions
{
    public const string Section = "Cartography:Accounts";

    /// <summary>How long a one-time set-password link works.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Wrong passwords or codes in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
