using System.Text.RegularExpressions;
using Cartography.Tests.Shared;

namespace Cartography.Data.Tests.Writing;

/// <summary>The content service is the only code that writes content rows: anywhere else, these lines fail the build's tests.</summary>
public sealed partial class OneWayToWriteTests
{
    private static readonly string Service = Path.Combine("src", "Cartography.Data", "Writing") + Path.DirectorySeparatorChar;

    // Taxonomy changes write a change row of their own (every page reads the labels); no content row.
    private static readonly string[] Allowed = [Path.Combine("src", "Cartography.Data", "Taxonomy", "TaxonomyEditor.cs")];

    [GeneratedRegex(@"ContentVersions\.Add|new ContentVersionRow|ContentChanges\.Add|new ContentChangeRow|ContentSlugs\.Add|new ContentSlugRow|\.PublishedVersion\s*=(?!=)|\.LatestVersion\s*=(?!=)")]
    private static partial Regex ContentWrite();

    [Fact]
    public void No_code_outside_the_content_service_writes_content_rows()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryRoot.Path, path))
            .Where(path => !path.StartsWith(Service, StringComparison.Ordinal) && !Allowed.Contains(path)
                && !path.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}") && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(path => File.ReadLines(Path.Combine(RepositoryRoot.Path, path)).Select((line, n) => (path, n: n + 1, line)))
            .Where(l => ContentWrite().IsMatch(l.line))
            .Select(l => $"{l.path}:{l.n}: {l.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Content written outside src/Cartography.Data/Writing:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_old_write_paths_are_gone()
    {
        string[] gone = ["Editorial/ContentPublisher.cs", "Editorial/PublishingRows.cs", "Editorial/ItemHistory.cs"];
        Assert.All(gone, file => Assert.False(File.Exists(Path.Combine(RepositoryRoot.Path, "src", "Cartography.Data", file)), file));
        Assert.False(File.Exists(Path.Combine(RepositoryRoot.Path, "src", "Cartography.Web", "Features", "Backoffice", "Editing", "PublicSlugs.cs")));
        var session = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Cartography.Data", "Content", "ContentSession.cs"));
        Assert.DoesNotContain("CommitAsync", session);
        Assert.DoesNotContain("void Stage", session);
    }
}
