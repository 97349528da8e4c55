using Cartography.Tests.Shared;
using Cartography.Data.Storage;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;

namespace Cartography.Data.Tests.Seeding;

public sealed class SeedContentImporterTestsOnSqlite() : SeedContentImporterTests(DatabaseProvider.Sqlite);

public sealed class SeedContentImporterTestsOnPostgreSql() : SeedContentImporterTests(DatabaseProvider.PostgreSql);

/// <summary>Run once per storage provider, so nothing works on SQLite only by accident.</summary>
public abstract class SeedContentImporterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider, withTaxonomy: false);
    private string content = null!;

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        content = Path.Combine(db.Folder, "content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "taxonomy.yaml"), Path.Combine(content, "taxonomy.yaml"));
        Write("organisations/relais.yaml", """
            example: true
            name: { fr: Le Relais, nl: Het Relais, en: The Relay }
            kind: non-profit
            """);
        Write("initiatives/real-one.yaml", """
            example: false
            name: { fr: Pair-aidance à Liège, nl: Ervaringsdeskundigheid in Luik }
            sectors: [mental-health]
            types: [one-to-one]
            status: salaried
            address: { postalCode: "4000", city: Liège }
            location: { lat: 50.6326, lon: 5.5797 }
            lastVerified: 2026-06-01
            """);
        Write("initiatives/invented.yaml", """
            example: true
            organisation: relais
            name: { fr: Groupe, nl: Groep, en: Group }
            sectors: [addiction]
            types: [groups]
            status: volunteer
            address: { postalCode: "9000", city: Gent }
            """);
        Write("portraits/story.yaml", """
            example: true
            title: { fr: Histoire, nl: Verhaal, en: Story }
            body: { fr: "Un **texte**." }
            initiatives: [invented]
            date: 2026-05-04
            """);
        Write("resources/guide.yaml", """
            example: false
            title: { fr: Guide, nl: Gids, en: Guide }
            category: guide
            documentLanguage: fr
            """);
    }

    public Task DisposeAsync() => db.DisposeAsync();

    private void Write(string relativePath, string yaml)
    {
        var path = Path.Combine(content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml);
    }

    [Fact]
    public async Task First_start_imports_and_publishes_every_item_under_its_file_key()
    {
        var report = await db.Seeder.ImportAsync(content, includeExamples: true);

        Assert.Equal((1, 2, 1, 1), (report.Organisations, report.Initiatives, report.Portraits, report.Resources));
        var initiatives = await db.Store.PublishedAsync<Initiative>();
        Assert.Equal(["invented", "real-one"], initiatives.Select(i => i.Key).Order());
        var real = initiatives.Single(i => i.Key == "real-one").Content;
        Assert.Equal("pair-aidance-a-liege", real.Slug.In(Culture.Fr));
        Assert.Equal("ervaringsdeskundigheid-in-luik", real.Slug.In(Culture.Nl));
        Assert.Equal("pair-aidance-a-liege", real.Slug.In(Culture.En));
        var portrait = Assert.Single(await db.Store.PublishedAsync<Portrait>()).Content;
        Assert.Equal(initiatives.Single(i => i.Key == "invented").Id, Assert.Single(portrait.InitiativeIds));
        Assert.True((await db.Taxonomy.LoadAsync()).Contains(Vocabulary.Sector, "prison-justice"));
    }

    [Fact]
    public async Task Restarting_never_duplicates()
    {
        await db.Seeder.ImportAsync(content, includeExamples: true);

        var second = await db.Seeder.ImportAsync(content, includeExamples: true);

        Assert.True(second.AlreadySeeded);
        Assert.Equal(2, (await db.Store.PublishedAsync<Initiative>()).Count);
    }

    [Fact]
    public async Task Production_skips_examples_and_whatever_only_links_to_them()
    {
        var report = await db.Seeder.ImportAsync(content, includeExamples: false);

        Assert.Equal("real-one", Assert.Single(await db.Store.PublishedAsync<Initiative>()).Key);
        Assert.Empty(await db.Store.PublishedAsync<Organisation>());
        Assert.Empty(await db.Store.PublishedAsync<Portrait>());
        Assert.Single(await db.Store.PublishedAsync<Resource>());
        Assert.Equal(3, report.SkippedExamples);
    }

    [Fact]
    public async Task A_broken_file_stops_the_import_with_every_problem_named_and_nothing_written()
    {
        Write("initiatives/broken.yaml", """
            example: false
            name: { fr: Cassé }
            sectors: [astrology]
            types: [groups]
            status: salaried
            address: { postalCode: "0999", city: Nulle-part }
            """);
        Write("resources/typo.yaml", "titel: { fr: Faute }\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => db.Seeder.ImportAsync(content, includeExamples: true));

        Assert.Contains("initiatives/broken: sectors: 'astrology' is not a known sector", error.Message);
        Assert.Contains("initiatives/broken: postal_code:", error.Message);
        Assert.Contains("resources/typo.yaml", error.Message);
        Assert.Empty(await db.Store.PublishedAsync<Initiative>());
    }

    [Theory]
    [InlineData("1001", "Bruxelles", "initiatives/nowhere: postal_code: '1001' is not a Belgian postal code")]
    [InlineData("9999", "Gent", "initiatives/nowhere: postal_code: '9999' is not a Belgian postal code")]
    [InlineData("1300", "Namur", "initiatives/nowhere: city: 'Namur' is not one of the places with postal code 1300: choose one of Limal, Wavre")]
    public async Task A_seed_file_whose_place_bpost_does_not_know_stops_the_import_naming_it(string postalCode, string city, string message)
    {
        Write("initiatives/nowhere.yaml", $$"""
            example: false
            name: { fr: Nulle part }
            sectors: [addiction]
            types: [groups]
            status: salaried
            address: { postalCode: "{{postalCode}}", city: {{city}} }
            """);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => db.Seeder.ImportAsync(content, includeExamples: true));

        Assert.Contains(message, error.Message);
        Assert.Empty(await db.Store.PublishedAsync<Initiative>());
    }

    [Fact]
    public async Task Every_seed_initiatives_address_names_a_place_of_its_postal_code()
    {
        await db.Seeder.ImportAsync(Path.Combine(RepositoryRoot.Path, "content"), includeExamples: true);

        var initiatives = await db.Store.PublishedAsync<Initiative>();
        Assert.NotEmpty(initiatives);
        Assert.All(initiatives, i => Assert.True(Cartography.Core.Places.BelgianPlaces.Belgium.Find(i.Content.Address.PostalCode, i.Content.Address.City) is not null, $"{i.Key}: {i.Content.Address.PostalCode} {i.Content.Address.City}"));
    }

    [Fact]
    public async Task The_repository_seed_content_imports_cleanly_with_enough_coverage()
    {
        var report = await db.Seeder.ImportAsync(Path.Combine(RepositoryRoot.Path, "content"), includeExamples: true);

        Assert.True(report.Initiatives >= 20, report.ToString());
        Assert.True(report.Portraits >= 3, report.ToString());
        Assert.True(report.Resources >= 10, report.ToString());
        var initiatives = (await db.Store.PublishedAsync<Initiative>()).Select(i => i.Content).ToList();
        var terms = await db.Taxonomy.LoadAsync();
        Assert.All(terms.Offered(Vocabulary.Sector), sector => Assert.Contains(initiatives, i => i.Sectors.Contains(sector.Key)));
        Assert.Equal(["brussels", "flanders", "wallonia"], initiatives.Select(i => i.Region!.Key).Distinct().Order());
        Assert.All(initiatives, i => Assert.Empty(i.Name.MissingCultures));
        Assert.All(initiatives, i => Assert.Empty(i.Description.MissingCultures));
    }
}
