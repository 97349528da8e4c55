namespace Cartography.Search.FullText;

/// <summary>
/// One searchable text of an initiative, indexed stemmed under <see cref="Name"/> for whole words and, when
/// <see cref="Prefix"/>, also folded but unstemmed under <see cref="PrefixName"/> for the word being typed.
/// </summary>
internal sealed record SearchField(string Name, float Boost, bool Prefix = true)
{
    // The name's boost outweighs the length norm of a six-word name against a one-word description.
    public static readonly SearchField InitiativeName = new("name", 5f);
    public static readonly SearchField Organisation = new("organisation", 2f);
    public static readonly SearchField City = new("city", 2f);
    // Descriptions are long: a prefix field for them would double the rebuild time for little (whole words still match).
    public static readonly SearchField Description = new("description", 1f, Prefix: false);

    // The name and organisation in the other languages, so that the Dutch name typed on the French page still finds it.
    public static readonly SearchField OtherLanguages = new("other", 1f, Prefix: false);

    public static IReadOnlyList<SearchField> All { get; } = [InitiativeName, Organisation, City, Description, OtherLanguages];

    public string PrefixName { get; } = Name + "_prefix";
}
