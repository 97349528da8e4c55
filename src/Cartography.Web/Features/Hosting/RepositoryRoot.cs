namespace Cartography.Web.Features.Hosting;

/// <summary>
/// The content root is the repository root (wwwroot/, content/ and umbraco/ live there), whether the site runs
/// with <c>dotnet run</c>, from a test, or from a published folder that carries those folders beside the binary.
/// </summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 } configured)
            return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Cartography.sln")) ||
                    (Directory.Exists(Path.Combine(dir.FullName, "content")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot"))))
                    return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    public static string Resolve(string contentRoot, string path) =>
        Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path));
}
