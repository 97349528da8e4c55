namespace Cartography.Core.Editorial;

/// <summary>
/// One field that differs between two versions, by a stable path ("name.nl", "address.postalCode", "sectors").
/// A single value has <see cref="Before"/> and <see cref="After"/> (null when absent); a list says what was
/// <see cref="Added"/> and <see cref="Removed"/> instead.
/// </summary>
public sealed record FieldChange(string Path, string? Before, string? After, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public static FieldChange Value(string path, string? before, string? after) => new(path, before, after, [], []);

    public static FieldChange List(string path, IReadOnlyList<string> added, IReadOnlyList<string> removed) => new(path, null, null, added, removed);

    public bool IsList => Added.Count > 0 || Removed.Count > 0;
}
