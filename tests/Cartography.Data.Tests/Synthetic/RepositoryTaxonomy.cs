using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using YamlDotNet.Serialization;

namespace Cartography.Data.Tests.Synthetic;

/// <summary>The terms of the repository's content/taxonomy.yaml, read without a database.</summary>
internal static class RepositoryTaxonomy
{
    public static TermSet Terms { get; } = Load();

    private static TermSet Load()
    {
        var path = Path.Combine(TestDatabase.RepositoryRoot(), "content", "taxonomy.yaml");
        var vocabularies = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, Dictionary<string, Dictionary<string, string>>>>(File.ReadAllText(path));
        return new TermSet(vocabularies.SelectMany(v => v.Value.Select((term, position) => new Term(
            Vocabulary.All.Single(known => known.Key == v.Key), term.Key,
            LocalizedText.Of(term.Value.GetValueOrDefault("fr"), term.Value.GetValueOrDefault("nl"), term.Value.GetValueOrDefault("en")),
            position))));
    }
}
