using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;

namespace Cartography.Web.Features.Taxonomy;

/// <summary>A term as a visitor reads its definition: its label and what it means, in the page's culture (with fallback).</summary>
public sealed record TermDefinition(string Key, LocalizedValue Label, LocalizedValue? Description)
{
    /// <summary>The vocabularies shown as facets on the map page, in the order the filters show them.</summary>
    public static IReadOnlyList<Vocabulary> Facets { get; } = [Vocabulary.Sector, Vocabulary.Type, Vocabulary.Status, Vocabulary.Public];

    /// <summary>The offered terms of a vocabulary, in display order, each with its definition.</summary>
    public static IReadOnlyList<TermDefinition> Of(TermSet terms, Vocabulary vocabulary, Culture culture) =>
        terms.Offered(vocabulary)
            .Select(t => new TermDefinition(t.Key, t.Label.For(culture), terms.Description(vocabulary, t.Key, culture)))
            .ToList();

    /// <summary>The anchor of the term on the definitions, e.g. <c>status-salaried</c>.</summary>
    public static string Anchor(Vocabulary vocabulary, string key) => $"{vocabulary.Key}-{key}";
}
