namespace Cartography.Search.ReadModel;

/// <summary>The current snapshot of the published directory, replaced whole when content changes.</summary>
public sealed class DirectoryReadModel
{
    private DirectorySnapshot current = DirectorySnapshot.Empty;

    public DirectorySnapshot Current => Volatile.Read(ref current);

    /// <summary>True once a snapshot from the database has been loaded.</summary>
    public bool IsLoaded { get; private set; }

    public void Replace(DirectorySnapshot snapshot)
    {
        Volatile.Write(ref current, snapshot);
        IsLoaded = true;
    }
}
