using Cartography.Core.Cultures;

namespace Cartography.Core.Taxonomy;

/// <summary>All known terms, by vocabulary and key.</summary>
public sealed class TermSet
{
    private readonly Dictionary<(Vocabulary, string), Term> terms;

    public TermSet(IEnumerable<Term> terms) =>
        this.terms = terms.ToDictionary(t => (t.Vocabulary, t.Key));

    public static TermSet Empty { get; } = new([]);

    public bool Contains(Vocabulary vocabulary, string? key) => key is not null && terms.ContainsKey((vocabulary, key));

    public Term? Find(Vocabulary vocabulary, string key) => terms.GetValueOrDefault((vocabulary, key));

    /// <summary>Terms of a vocabulary in display order, retired ones left out.</summary>
    public IReadOnlyList<Term> Offered(Vocabulary vocabulary) =>
        terms.Values.Where(t => t.Vocabulary == vocabulary && !t.Retired).OrderBy(t => t.Position).ToList();

    /// <summary>The term's label in the culture (with fallback), or the key itself for an unknown term.</summary>
    public LocalizedValue Label(Vocabulary vocabulary, string key, Culture culture) =>
        Find(vocabulary, key)?.Label.For(culture) ?? new LocalizedValue(key, culture, false);

    /// <summary>What the term means in the culture (with fallback), or null when it has no description at all.</summary>
    public LocalizedValue? Description(Vocabulary vocabulary, string key, Culture culture) =>
        Find(vocabulary, key) is { Description.IsEmpty: false } term ? term.Description.For(culture) : null;

    public IEnumerable<Term> All => terms.Values;
}
