namespace Cartography.Tests.Shared;

/// <summary>
/// The test fixtures' seed pages (tests/Shared/pages/: a handbook with two chapters, a footer page), and a content
/// folder holding the repository's content/ with them in place of its own pages, for a site or a seed import that should have them.
/// </summary>
public static class FixturePages
{
    public static string Folder => System.IO.Path.Combine(RepositoryRoot.Path, "tests", "Shared", "pages");

    /// <summary>A copy of content/ under <paramref name="parent"/>, with the fixture pages as its pages/ folder.</summary>
    public static string ContentWithFixtures(string parent)
    {
        var target = System.IO.Path.Combine(parent, "content");
        Copy(System.IO.Path.Combine(RepositoryRoot.Path, "content"), target);
        // The fixtures stand in for the real pages, so that counts and links are the fixtures' own.
        var real = System.IO.Path.Combine(target, "pages");
        if (Directory.Exists(real)) Directory.Delete(real, recursive: true);
        var pages = Directory.CreateDirectory(real).FullName;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml"))
            File.Copy(file, System.IO.Path.Combine(pages, System.IO.Path.GetFileName(file)), overwrite: true);
        return target;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)), overwrite: true);
        foreach (var directory in Directory.EnumerateDirectories(from)) Copy(directory, System.IO.Path.Combine(to, System.IO.Path.GetFileName(directory)));
    }
}
