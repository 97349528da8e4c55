namespace Cartography.Tests.Shared;

/// <summary>The repository root (the folder holding Cartography.sln) above a test assembly, for content/ and the site.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Cartography.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cartography.sln not found above the test folder.");
    }
}
