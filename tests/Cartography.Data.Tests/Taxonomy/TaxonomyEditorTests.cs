using Cartography.Data.Writing;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Data.Import;
using Cartography.Data.Storage;
using Cartography.Data.Taxonomy;
using Cartography.Data.Tests.Import;

namespace Cartography.Data.Tests.Taxonomy;

public sealed class TaxonomyEditorTestsOnSqlite() : TaxonomyEditorTests(DatabaseProvider.Sqlite);

public sealed class TaxonomyEditorTestsOnPostgreSql() : TaxonomyEditorTests(DatabaseProvider.PostgreSql);

public abstract class TaxonomyEditorTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly LocalizedText Labels = LocalizedText.Of("Migration", "Migratie", "Migration");

    private readonly TestDatabase db = new(provider, withTaxonomy: false);

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        await db.SeedAsync(withContent: true);
    }

    public Task DisposeAsync() => db.DisposeAsync();

    private TaxonomyEditor Editor => db.TaxonomyEditor;

    private async Task<TermUsage> TermAsync(Vocabulary vocabulary, string key) =>
        (await Editor.ListAsync(vocabulary)).Single(t => t.Term.Key == key);

    private Task<ImportReport> ImportAsync(params string[] rows) =>
        db.CsvImporter.ImportAsync(new StringReader(CsvText.File(rows)), Actor.System("test"));

    [Fact]
    public async Task The_list_gives_each_term_in_order_with_its_three_labels_and_retired_flag()
    {
        var sectors = await Editor.ListAsync(Vocabulary.Sector);

        Assert.Equal(["mental-health", "addiction", "poverty-homelessness"], sectors.Take(3).Select(t => t.Term.Key));
        var addiction = sectors[1].Term;
        Assert.Equal(("Assuétudes", "Verslaving", "Addiction", false), (addiction.Label.In(Culture.Fr), addiction.Label.In(Culture.Nl), addiction.Label.In(Culture.En), addiction.Retired));
    }

    [Fact]
    public async Task The_usage_count_is_the_number_of_items_whose_published_or_latest_version_uses_the_term()
    {
        var expected = (await db.Store.PublishedAsync<Initiative>()).Count(i => i.Content.Sectors.Contains("youth"));
        Assert.Equal(expected, (await TermAsync(Vocabulary.Sector, "youth")).UsageCount);

        await ImportAsync(CsvText.Good.With("external_id", "draft-only").With("sectors", "youth").With("published", "false"));

        Assert.Equal(expected + 1, (await TermAsync(Vocabulary.Sector, "youth")).UsageCount);
    }

    [Fact]
    public async Task The_usage_count_covers_organisations_and_resources_too()
    {
        var kinds = await Editor.ListAsync(Vocabulary.OrganisationKind);
        var categories = await Editor.ListAsync(Vocabulary.ResourceCategory);

        Assert.Equal((await db.Store.PublishedAsync<Organisation>()).Count(o => o.Content.Kind is not null), kinds.Sum(k => k.UsageCount));
        Assert.Equal((await db.Store.PublishedAsync<Resource>()).Count, categories.Sum(c => c.UsageCount));
    }

    [Fact]
    public async Task Adding_a_term_puts_it_last_in_its_vocabulary_with_its_labels()
    {
        var outcome = await Editor.AddAsync(Vocabulary.Sector, "migration-2", Labels);

        Assert.Equal(TaxonomyStatus.Added, outcome.Status);
        var sectors = await Editor.ListAsync(Vocabulary.Sector);
        Assert.Equal(("migration-2", Labels, 0), (sectors[^1].Term.Key, sectors[^1].Term.Label, sectors[^1].UsageCount));
        Assert.True((await db.Taxonomy.LoadAsync()).Contains(Vocabulary.Sector, "migration-2"));
    }

    [Theory]
    [InlineData("Migration")]
    [InlineData("migration_2")]
    [InlineData("mi gration")]
    [InlineData("-migration")]
    [InlineData("migration-")]
    [InlineData("migra--tion")]
    [InlineData("migrée")]
    [InlineData("")]
    [InlineData("a-very-long-key-that-goes-on-and-on-well-past-the-sixty-four-characters")]
    public async Task A_key_that_is_not_lowercase_letters_digits_and_single_hyphens_is_refused(string key)
    {
        var outcome = await Editor.AddAsync(Vocabulary.Sector, key, Labels);

        Assert.Equal(TaxonomyStatus.InvalidKey, outcome.Status);
        Assert.Contains("lowercase letters and digits", outcome.Reason);
        Assert.DoesNotContain(await Editor.ListAsync(Vocabulary.Sector), t => t.Term.Key == key);
    }

    [Fact]
    public async Task A_key_is_unique_within_its_vocabulary_only()
    {
        var twice = await Editor.AddAsync(Vocabulary.Sector, "housing", Labels);
        var elsewhere = await Editor.AddAsync(Vocabulary.Type, "housing", Labels);

        Assert.Equal(TaxonomyStatus.DuplicateKey, twice.Status);
        Assert.Equal("Logement", (await TermAsync(Vocabulary.Sector, "housing")).Term.Label.In(Culture.Fr));
        Assert.Equal(TaxonomyStatus.Added, elsewhere.Status);
    }

    [Fact]
    public async Task Adding_or_relabelling_needs_a_label_in_all_three_languages()
    {
        var added = await Editor.AddAsync(Vocabulary.Sector, "migration", LocalizedText.Of("Migration", "", "Migration"));
        var relabelled = await Editor.RelabelAsync(Vocabulary.Sector, "housing", LocalizedText.Of("Habitat", "Wonen", null));

        Assert.Equal((TaxonomyStatus.LabelsRequired, TaxonomyStatus.LabelsRequired), (added.Status, relabelled.Status));
        Assert.EndsWith("missing: en", relabelled.Reason);
        Assert.Equal("Logement", (await TermAsync(Vocabulary.Sector, "housing")).Term.Label.In(Culture.Fr));
    }

    [Fact]
    public async Task Relabelling_replaces_the_three_labels_and_keeps_the_key()
    {
        var outcome = await Editor.RelabelAsync(Vocabulary.Sector, "housing", LocalizedText.Of("Habitat", "Huisvesting", "Housing and shelter"));

        Assert.Equal(TaxonomyStatus.Relabelled, outcome.Status);
        var term = (await db.Taxonomy.LoadAsync()).Find(Vocabulary.Sector, "housing")!;
        Assert.Equal(LocalizedText.Of("Habitat", "Huisvesting", "Housing and shelter"), term.Label);
        Assert.Equal(TaxonomyStatus.NotFound, (await Editor.RelabelAsync(Vocabulary.Sector, "astrology", Labels)).Status);
    }

    [Fact]
    public async Task Reordering_sets_the_display_order_of_every_term()
    {
        var keys = (await Editor.ListAsync(Vocabulary.Status)).Select(t => t.Term.Key).Reverse().ToList();

        var outcome = await Editor.ReorderAsync(Vocabulary.Status, keys);

        Assert.Equal(TaxonomyStatus.Reordered, outcome.Status);
        Assert.Equal(keys, (await Editor.ListAsync(Vocabulary.Status)).Select(t => t.Term.Key));
        Assert.Equal(keys, (await db.Taxonomy.LoadAsync()).Offered(Vocabulary.Status).Select(t => t.Key));
    }

    [Fact]
    public async Task A_new_order_must_name_every_key_of_the_vocabulary_once()
    {
        var keys = (await Editor.ListAsync(Vocabulary.Status)).Select(t => t.Term.Key).ToList();

        var missing = await Editor.ReorderAsync(Vocabulary.Status, keys.Skip(1).ToList());
        var unknown = await Editor.ReorderAsync(Vocabulary.Status, [.. keys.Skip(1), "astrology"]);
        var repeated = await Editor.ReorderAsync(Vocabulary.Status, [.. keys.Skip(1), keys[1]]);

        Assert.All([missing, unknown, repeated], o => Assert.Equal(TaxonomyStatus.NotTheVocabularyKeys, o.Status));
        Assert.Equal($"missing: {keys[0]}", missing.Reason);
        Assert.Contains("not in the vocabulary: astrology", unknown.Reason);
        Assert.Contains($"named twice: {keys[1]}", repeated.Reason);
        Assert.Equal(keys, (await Editor.ListAsync(Vocabulary.Status)).Select(t => t.Term.Key));
    }

    [Fact]
    public async Task A_retired_term_is_no_longer_offered_but_still_labels_the_records_that_have_it()
    {
        var outcome = await Editor.RetireAsync(Vocabulary.Sector, "youth");

        Assert.Equal(TaxonomyStatus.Retired, outcome.Status);
        var terms = await db.Taxonomy.LoadAsync();
        Assert.DoesNotContain(terms.Offered(Vocabulary.Sector), t => t.Key == "youth");
        Assert.True(terms.Find(Vocabulary.Sector, "youth")!.Retired);
        Assert.Equal("Jeunesse", terms.Label(Vocabulary.Sector, "youth", Culture.Fr).Text);
        Assert.True((await TermAsync(Vocabulary.Sector, "youth")).Term.Retired);
        Assert.Equal(TaxonomyStatus.Unchanged, (await Editor.RetireAsync(Vocabulary.Sector, "youth")).Status);
    }

    [Fact]
    public async Task An_import_keeps_a_retired_term_on_a_record_that_has_it_but_cannot_give_it_to_another()
    {
        await ImportAsync(CsvText.Good.With("sectors", "youth|housing"));
        await Editor.RetireAsync(Vocabulary.Sector, "youth");

        var report = await ImportAsync(
            CsvText.Good.With("sectors", "youth|housing"),
            CsvText.Good.With("external_id", "ext-2").With("sectors", "youth"));

        Assert.Equal(ImportRowStatus.Unchanged, report.Rows[0].Status);
        Assert.Equal(ImportRowStatus.Rejected, report.Rows[1].Status);
        Assert.Contains("'youth' is a retired sector", Assert.Single(report.Rows[1].Reasons));
        var retired = Assert.Single(report.Rows[1].Violations);
        Assert.Equal(("sectors", ImportReasons.RetiredTerm), (retired.Field, retired.Code));
        Assert.Equal(["youth"], retired.Arguments);
    }

    [Fact]
    public async Task A_reinstated_term_is_offered_again()
    {
        await Editor.RetireAsync(Vocabulary.Sector, "youth");

        var outcome = await Editor.ReinstateAsync(Vocabulary.Sector, "youth");

        Assert.Equal(TaxonomyStatus.Reinstated, outcome.Status);
        Assert.Contains((await db.Taxonomy.LoadAsync()).Offered(Vocabulary.Sector), t => t.Key == "youth");
    }

    [Fact]
    public async Task An_unused_term_can_be_deleted()
    {
        await Editor.AddAsync(Vocabulary.Sector, "migration", Labels);

        var outcome = await Editor.DeleteAsync(Vocabulary.Sector, "migration");

        Assert.Equal(TaxonomyStatus.Deleted, outcome.Status);
        Assert.False((await db.Taxonomy.LoadAsync()).Contains(Vocabulary.Sector, "migration"));
        Assert.Equal(TaxonomyStatus.NotFound, (await Editor.DeleteAsync(Vocabulary.Sector, "migration")).Status);
    }

    [Fact]
    public async Task A_term_in_use_even_by_a_draft_only_is_not_deleted_and_the_outcome_gives_its_count()
    {
        await Editor.AddAsync(Vocabulary.Sector, "migration", Labels);
        await ImportAsync(CsvText.Good.With("sectors", "migration").With("published", "false"));

        var outcome = await Editor.DeleteAsync(Vocabulary.Sector, "migration");

        Assert.Equal((TaxonomyStatus.InUse, 1), (outcome.Status, outcome.UsageCount));
        Assert.Equal("'migration' is used by 1 item; retire it instead", outcome.Reason);
        Assert.True((await db.Taxonomy.LoadAsync()).Contains(Vocabulary.Sector, "migration"));
        Assert.Equal(TaxonomyStatus.Retired, (await Editor.RetireAsync(Vocabulary.Sector, "migration")).Status);
    }

    [Fact]
    public async Task Every_change_is_recorded_in_the_change_table_for_the_read_models_and_a_refusal_is_not()
    {
        var before = await db.Store.LastChangeAsync();

        await Editor.RelabelAsync(Vocabulary.Sector, "housing", LocalizedText.Of("Habitat", "Wonen", "Housing"));
        await Editor.AddAsync(Vocabulary.Sector, "Not A Key", Labels);
        await Editor.RetireAsync(Vocabulary.Sector, "youth");

        var changes = await db.Store.ChangesSinceAsync(before);
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.True(c.IsTaxonomy));
    }
}
