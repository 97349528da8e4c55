using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Hosting;

/// <summary><c>Cartography:*</c>: where runtime data and logs go. Relative paths are from the content root.</summary>
public sealed class CartographyOptions
{
    public const string Section = "Cartography";

    [Required]
    public string DataPath { get; set; } = "umbraco/Data";

    [Required]
    public string LogPath { get; set; } = "umbraco/Logs";

    /// <summary>
    /// The site's address as visitors reach it (https://cartography.example.be): every absolute link starts with it and
    /// the site answers only requests for its host. Required outside Development (see <see cref="PublicBaseUrlRule"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary><c>Cartography:Content</c>: the seed content.</summary>
public sealed class ContentOptions
{
    public const string Section = "Cartography:Content";

    [Required]
    public string Path { get; set; } = "content";

    /// <summary>Whether invented example entries are imported; production sets false.</summary>
    public bool IncludeExamples { get; set; } = true;
}

/// <summary><c>Cartography:Directory</c>: how the public read model keeps up with the database.</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Cartography:Directory";

    /// <summary>How often to look for changes committed elsewhere (another node, the import verb).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
