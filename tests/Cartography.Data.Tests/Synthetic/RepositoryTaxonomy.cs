using Cartography.Core.Taxonomy;
using Cartography.Data.Seeding;
using Cartography.Tests.Shared;

namespace Cartography.Data.Tests.Synthetic;

/// <summary>The terms of the repository's content/taxonomy.yaml, read without a database.</summary>
internal static class RepositoryTaxonomy
{
    public static TermSet Terms { get; } =
        new(SeedContentImporter.ReadTaxonomyFile(Path.Combine(RepositoryRoot.Path, "content", "taxonomy.yaml")));
}
