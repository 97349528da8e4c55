using System.ComponentModel.DataAnnotations;

namespace Cartography.Data.Registration;

/// <summary><c>Cartography:Submissions</c>: how long a submitter's edit link stays valid.</summary>
public sealed class SubmissionOptions
{
    public const string Section = "Cartography:Submissions";

    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan EditTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
