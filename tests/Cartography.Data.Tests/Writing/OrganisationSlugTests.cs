using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Tests.Writing;

public sealed class OrganisationSlugTestsOnSqlite() : OrganisationSlugTests(DatabaseProvider.Sqlite);

public sealed class OrganisationSlugTestsOnPostgreSql() : OrganisationSlugTests(DatabaseProvider.PostgreSql);

/// <summary>Organisations have public pages: a slug per culture, unique among organisations, given by the content service.</summary>
public abstract class OrganisationSlugTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Actor Ann = Actor.Editor("ann@example.org");
    private readonly TestDatabase db = new(provider);

    public Task InitializeAsync() => db.InitializeAsync();
    public Task DisposeAsync() => db.DisposeAsync();

    private static Organisation Named(string fr, string? nl = null) => new() { Name = LocalizedText.Of(fr: fr, nl: nl), Kind = "non-profit" };

    private async Task<Organisation> PublishedAsync(Guid id) =>
        (await db.Store.PublishedAsync<Organisation>([id])).Single().Content;

    private async Task<List<(string Culture, string Slug)>> ReservedAsync(Guid id)
    {
        await using var context = db.Database.CreateContext();
        return (await context.ContentSlugs.Where(s => s.ItemId == id && s.Type == "Organisation").ToListAsync())
            .Select(s => (s.Culture, s.Slug)).OrderBy(s => s.Culture).ToList();
    }

    [Fact]
    public async Task Publishing_an_organisation_gives_it_a_slug_per_culture_and_a_namesake_gets_another()
    {
        var first = (await db.Content.CreateAsync(Ann, Named("Les Pairs du Quartier", nl: "De Buurtpeers"))).ItemId;
        var second = (await db.Content.CreateAsync(Ann, Named("Les Pairs du Quartier"))).ItemId;

        Assert.Equal(EditStatus.Published, (await db.Content.PublishAsync<Organisation>(Ann, first)).Status);
        Assert.Equal(EditStatus.Published, (await db.Content.PublishAsync<Organisation>(Ann, second)).Status);

        var one = (await PublishedAsync(first)).Slug;
        Assert.Equal("les-pairs-du-quartier", one.In(Culture.Fr));
        Assert.Equal("de-buurtpeers", one.In(Culture.Nl));
        Assert.Equal("les-pairs-du-quartier", one.In(Culture.En));
        Assert.Equal("les-pairs-du-quartier-2", (await PublishedAsync(second)).Slug.In(Culture.Fr));
        Assert.Equal([("en", "les-pairs-du-quartier"), ("fr", "les-pairs-du-quartier"), ("nl", "de-buurtpeers")], await ReservedAsync(first));
    }

    [Fact]
    public async Task The_seed_gives_every_organisation_unique_slugs_in_the_three_cultures()
    {
        await db.SeedAsync(withContent: true);

        var organisations = await db.Store.PublishedAsync<Organisation>();

        Assert.NotEmpty(organisations);
        foreach (var culture in Culture.All)
        {
            var slugs = organisations.Select(o => o.Content.Slug.In(culture)).ToList();
            Assert.All(slugs, s => Assert.True(Slugs.IsWellFormed(s!), $"'{s}' in {culture.Code}"));
            Assert.Equal(slugs.Count, slugs.Distinct().Count());
        }
        Assert.All(organisations, o => Assert.Equal(3, ReservedAsync(o.Id).Result.Count));
    }

    [Fact]
    public async Task The_backfill_gives_slugs_to_published_organisations_without_them_and_keeps_a_newer_draft_latest()
    {
        var plain = await RowsPastTheRules.PublishAsync(db.Database, "old-plain", Named("Ancienne Association"));
        var drafted = await RowsPastTheRules.PublishAsync(db.Database, "old-drafted", Named("Maison des Pairs"));
        var draft = (await db.Content.SaveAsync(Ann, drafted, 1, Named("Maison des Pairs (nouveau nom)"))).Status;
        Assert.Equal(EditStatus.Saved, draft);

        var filled = await new PublishedSlugBackfill(db.Content).FillAsync();

        Assert.Equal(2, filled);
        Assert.Equal("ancienne-association", (await PublishedAsync(plain)).Slug.In(Culture.Fr));
        Assert.Equal("maison-des-pairs", (await PublishedAsync(drafted)).Slug.In(Culture.Nl));
        await using (var session = db.Store.OpenSession())
        {
            var item = (await session.FindAsync<Organisation>(drafted))!;
            Assert.Equal("Maison des Pairs (nouveau nom)", item.Latest.Content.Name.In(Culture.Fr));
            Assert.Equal("maison-des-pairs", item.Latest.Content.Slug.In(Culture.Fr));
            Assert.NotEqual(item.Latest.Number, item.Published!.Number);
        }
        Assert.Equal(3, (await ReservedAsync(plain)).Count);
        Assert.Equal(0, await new PublishedSlugBackfill(db.Content).FillAsync());
    }

    [Fact]
    public async Task A_csv_import_that_names_a_new_organisation_gives_it_slugs()
    {
        const string header = "external_id,name_fr,name_nl,name_en,description_fr,description_nl,description_en,organisation,sectors,types,status,street,postal_code,city,latitude,longitude,website,email,phone,languages,started_year,published";
        var csv = header + "\nx-1,Groupe d'entraide,,,,,,Réseau Nouveau Souffle,mental-health,groups,volunteer,,1000,Bruxelles,,,,,,fr,,true\n";

        var report = await db.CsvImporter.ImportAsync(new StringReader(csv), Actor.System("import test.csv"));

        Assert.DoesNotContain(report.Rows, r => r.Status == Cartography.Data.Import.ImportRowStatus.Rejected);
        var organisation = Assert.Single(await db.Store.PublishedAsync<Organisation>());
        Assert.Equal("reseau-nouveau-souffle", organisation.Content.Slug.In(Culture.Fr));
        Assert.Equal(3, (await ReservedAsync(organisation.Id)).Count);
    }

    [Fact]
    public async Task Generated_organisations_get_slugs_from_the_batch_that_writes_them()
    {
        await new Cartography.Data.Synthetic.SyntheticDataWriter(db.Store, db.Content, db.Clock).WriteAsync(200, seed: 3, batchSize: 50);

        var organisations = await db.Store.PublishedAsync<Organisation>();

        Assert.NotEmpty(organisations);
        Assert.All(organisations, o => Assert.Empty(o.Content.Slug.MissingCultures));
        Assert.Equal(organisations.Count, organisations.Select(o => o.Content.Slug.In(Culture.Fr)).Distinct().Count());
    }
}
