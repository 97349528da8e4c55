using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Seeding;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Cartography.Tests.Shared;
using YamlDotNet.RepresentationModel;

namespace Cartography.Data.Tests.Taxonomy;

public sealed class TermDescriptionTestsOnSqlite() : TermDescriptionTests(DatabaseProvider.Sqlite);

public sealed class TermDescriptionTestsOnPostgreSql() : TermDescriptionTests(DatabaseProvider.PostgreSql);

/// <summary>What each term means, per culture: from content/taxonomy.yaml through the seed, and edited in the back office.</summary>
public abstract class TermDescriptionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly string TaxonomyFile = Path.Combine(RepositoryRoot.Path, "content", "taxonomy.yaml");

    private readonly TestDatabase db = new(provider, withTaxonomy: false);

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        await db.SeedAsync(withContent: false);
    }

    public Task DisposeAsync() => db.DisposeAsync();

    private async Task<Term> StoredAsync(Vocabulary vocabulary, string key) =>
        (await db.TaxonomyEditor.ListAsync(vocabulary)).Single(t => t.Term.Key == key).Term;

    /// <summary>The description of a term as the YAML file writes it, read with a plain YAML parser rather than the importer.</summary>
    private static string FileDescription(string vocabulary, string key, string culture)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(TaxonomyFile)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var term = (YamlMappingNode)((YamlMappingNode)root[vocabulary])[key];
        return ((YamlScalarNode)((YamlMappingNode)term["description"])[culture]).Value!;
    }

    [Fact]
    public async Task Every_facet_term_of_the_seed_taxonomy_arrives_with_a_description_in_the_three_languages()
    {
        var terms = await db.Taxonomy.LoadAsync();

        foreach (var vocabulary in new[] { Vocabulary.Sector, Vocabulary.Type, Vocabulary.Status, Vocabulary.Public })
        {
            var offered = terms.Offered(vocabulary);
            Assert.NotEmpty(offered);
            foreach (var term in offered)
                Assert.True(term.Description.MissingCultures.ToList() is [], $"{vocabulary}/{term.Key} lacks a description in {string.Join(", ", term.Description.MissingCultures)}");
        }
        var salaried = await StoredAsync(Vocabulary.Status, "salaried");
        Assert.Equal(FileDescription("status", "salaried", "nl"), salaried.Description.In(Culture.Nl));
        Assert.Equal(FileDescription("status", "salaried", "en"), terms.Description(Vocabulary.Status, "salaried", Culture.En)?.Text);
    }

    [Fact]
    public async Task A_term_without_a_description_has_none_and_reads_as_none()
    {
        var terms = await db.Taxonomy.LoadAsync();

        Assert.True(terms.Find(Vocabulary.OrganisationKind, "hospital")!.Description.IsEmpty);
        Assert.Null(terms.Description(Vocabulary.OrganisationKind, "hospital", Culture.Fr));
    }

    [Fact]
    public async Task Describing_a_term_stores_each_culture_trimmed_and_a_missing_culture_falls_back()
    {
        var outcome = await db.TaxonomyEditor.DescribeAsync(Vocabulary.Status, "volunteer",
            LocalizedText.Of("  Sans salaire.\r\nParfois défrayé·e·s.  ", "Zonder loon.", null));

        Assert.Equal(TaxonomyStatus.Described, outcome.Status);
        var term = await StoredAsync(Vocabulary.Status, "volunteer");
        Assert.Equal("Sans salaire.\nParfois défrayé·e·s.", term.Description.In(Culture.Fr));
        Assert.Equal("Zonder loon.", term.Description.In(Culture.Nl));
        Assert.Null(term.Description.In(Culture.En));
        var english = (await db.Taxonomy.LoadAsync()).Description(Vocabulary.Status, "volunteer", Culture.En)!.Value;
        Assert.Equal(("Sans salaire.\nParfois défrayé·e·s.", Culture.Fr, true), (english.Text, english.Culture, english.IsFallback));
        Assert.Equal("Bénévoles", term.Label.In(Culture.Fr));
    }

    [Fact]
    public async Task The_same_description_again_is_unchanged_and_an_unknown_term_is_not_found()
    {
        var stored = (await StoredAsync(Vocabulary.Sector, "housing")).Description;

        Assert.Equal(TaxonomyStatus.Unchanged, (await db.TaxonomyEditor.DescribeAsync(Vocabulary.Sector, "housing", stored)).Status);
        Assert.Equal(TaxonomyStatus.NotFound, (await db.TaxonomyEditor.DescribeAsync(Vocabulary.Sector, "no-such-term", stored)).Status);
    }

    [Fact]
    public async Task A_description_too_long_or_with_control_characters_is_refused_and_the_stored_one_kept()
    {
        var before = (await StoredAsync(Vocabulary.Type, "groups")).Description;

        var tooLong = await db.TaxonomyEditor.DescribeAsync(Vocabulary.Type, "groups",
            LocalizedText.Of("Court.", new string('a', Term.MaxDescriptionLength + 1), "Short."));
        var control = await db.TaxonomyEditor.DescribeAsync(Vocabulary.Type, "groups", LocalizedText.Of("Texte\u0007 sonore", "Tekst", "Text"));

        Assert.Equal(TaxonomyStatus.DescriptionTooLong, tooLong.Status);
        Assert.Contains("nl", tooLong.Reason);
        Assert.False(tooLong.Succeeded);
        Assert.Equal(TaxonomyStatus.DescriptionNotText, control.Status);
        Assert.Equal(before, (await StoredAsync(Vocabulary.Type, "groups")).Description);
    }

    [Fact]
    public async Task Clearing_a_description_removes_it()
    {
        Assert.Equal(TaxonomyStatus.Described, (await db.TaxonomyEditor.DescribeAsync(Vocabulary.Public, "women", LocalizedText.Of("  ", "", null))).Status);

        Assert.True((await StoredAsync(Vocabulary.Public, "women")).Description.IsEmpty);
    }

    [Fact]
    public async Task A_term_added_with_a_description_keeps_it_and_a_long_one_refuses_the_addition()
    {
        var labels = LocalizedText.Of("Migration", "Migratie", "Migration");

        var added = await db.TaxonomyEditor.AddAsync(Vocabulary.Sector, "migration", labels, LocalizedText.Of("Exil.", "Ballingschap.", "Exile."));
        var refused = await db.TaxonomyEditor.AddAsync(Vocabulary.Sector, "asylum", labels, LocalizedText.Of(new string('x', Term.MaxDescriptionLength + 1)));

        Assert.Equal(TaxonomyStatus.Added, added.Status);
        Assert.Equal(LocalizedText.Of("Exil.", "Ballingschap.", "Exile."), (await StoredAsync(Vocabulary.Sector, "migration")).Description);
        Assert.Equal(TaxonomyStatus.DescriptionTooLong, refused.Status);
        Assert.DoesNotContain(await db.TaxonomyEditor.ListAsync(Vocabulary.Sector), t => t.Term.Key == "asylum");
    }

    [Fact]
    public void A_seed_taxonomy_with_a_description_too_long_is_refused_with_the_term_named()
    {
        var file = Path.Combine(db.Folder, "long-taxonomy.yaml");
        File.WriteAllText(file, $$"""
            sector:
              housing:
                fr: Logement
                nl: Wonen
                en: Housing
                description: { fr: {{new string('a', Term.MaxDescriptionLength + 1)}}, en: Homes }
            """);

        var error = Assert.Throws<InvalidDataException>(() => SeedContentImporter.ReadTaxonomyFile(file));

        Assert.Contains("sector/housing", error.Message);
        Assert.Contains("fr description", error.Message);
    }

    [Fact]
    public void The_short_form_of_a_term_still_reads_as_labels_without_a_description()
    {
        var file = Path.Combine(db.Folder, "short-taxonomy.yaml");
        File.WriteAllText(file, """
            sector:
              housing: { fr: Logement, nl: Wonen, en: Housing }
            """);

        var term = Assert.Single(SeedContentImporter.ReadTaxonomyFile(file));

        Assert.Equal((LocalizedText.Of("Logement", "Wonen", "Housing"), true), (term.Label, term.Description.IsEmpty));
    }
}
