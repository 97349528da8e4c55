namespace Cartography.Web.Features.Hosting;

/// <summary>The absolute runtime data folder (database, index, mail), created on first use.</summary>
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }
}
