using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Registration;

/// <summary><c>Cartography:Registration</c>: how much the public registration form accepts, and how often.</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Cartography:Registration";

    /// <summary>Posts of the form (new, correction, proposal) one address may send per <see cref="Window"/>.</summary>
    [Range(1, 10_000)]
    public int PostsPerWindow { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest form body accepted, in bytes: three full descriptions fit with room to spare.</summary>
    [Range(1024, 10 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 128 * 1024;
}
