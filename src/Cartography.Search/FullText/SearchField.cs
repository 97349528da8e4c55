namespace Cartography.Search.FullText;

/// <summary>
/// One searchable text of an initiative, indexed twice: stemmed under <see cref="Name"/> for whole words,
/// folded but unstemmed under <see cref="PrefixName"/> for the word being typed.
/// </summary>
internal sealed record SearchField(string Name, float Boost)
{
    // The name's boost outweighs the length norm of a six-word name against a one-word description.
    public static readonly SearchField InitiativeName = new("name", 5f);
    public static readonly SearchField Organisation = new("organisation", 2f);
    public static readonly SearchField City = new("city", 2f);
    public static readonly SearchField Description = new("description", 1f);

    public static IReadOnlyList<SearchField> All { get; } = [InitiativeName, Organisation, City, Description];

    public string PrefixName { get; } = Name + "_prefix";
}
