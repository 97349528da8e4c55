namespace Cartography.Core.Taxonomy;

/// <summary>A named list of terms. Keys are the ones used in content/taxonomy.yaml.</summary>
public sealed record Vocabulary(string Key)
{
    public static readonly Vocabulary Sector = new("sector");
    public static readonly Vocabulary Type = new("type");
    public static readonly Vocabulary Status = new("status");
    public static readonly Vocabulary Public = new("public");
    public static readonly Vocabulary OrganisationKind = new("organisation-kind");
    public static readonly Vocabulary ResourceCategory = new("resource-category");
    /// <summary>The sub-themes of the resource library (after the annotated bibliography it was modelled on).</summary>
    public static readonly Vocabulary ResourceTheme = new("resource-theme");

    public static IReadOnlyList<Vocabulary> All { get; } = [Sector, Type, Status, Public, OrganisationKind, ResourceCategory, ResourceTheme];

    public static bool TryParse(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Vocabulary? vocabulary)
    {
        vocabulary = All.FirstOrDefault(v => v.Key == key);
        return vocabulary is not null;
    }

    public override string ToString() => Key;
}
