using Cartography.Data.Writing;
using System.Text;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Publishing;
using Cartography.Data.Import;
using Cartography.Data.Storage;
using Cartography.Data.Tests.Import;

namespace Cartography.Data.Tests.Export;

public sealed class InitiativeCsvExporterTestsOnSqlite() : InitiativeCsvExporterTests(DatabaseProvider.Sqlite);

public sealed class InitiativeCsvExporterTestsOnPostgreSql() : InitiativeCsvExporterTests(DatabaseProvider.PostgreSql);

public abstract class InitiativeCsvExporterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase db = new(provider);
    private readonly TestDatabase empty = new(provider);

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        await db.SeedAsync(withContent: true);
        await empty.InitializeAsync();
        await empty.SeedAsync(withContent: false);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await empty.DisposeAsync();
    }

    private static async Task<byte[]> ExportAsync(TestDatabase database)
    {
        using var file = new MemoryStream();
        await database.CsvExporter.ExportAsync(file);
        return file.ToArray();
    }

    private static Task<ImportReport> ImportAsync(TestDatabase database, byte[] file) =>
        database.CsvImporter.ImportAsync(new StreamReader(new MemoryStream(file), Encoding.UTF8, detectEncodingFromByteOrderMarks: true), Actor.System("round trip"));

    private static List<string[]> Records(byte[] file)
    {
        using var parser = new CsvHelper.CsvParser(new StreamReader(new MemoryStream(file), Encoding.UTF8, true), System.Globalization.CultureInfo.InvariantCulture);
        var records = new List<string[]>();
        while (parser.Read()) records.Add(parser.Record!);
        return records;
    }

    /// <summary>Texts with every character the CSV format has to quote, and coordinates with all their decimals.</summary>
    private Task<ImportReport> AddAwkwardInitiativeAsync() => db.CsvImporter.ImportAsync(new StringReader(CsvText.File(
        CsvText.Good.With("external_id", "awkward")
            .With("description_nl", "Regel één, met \"aanhalingstekens\"\nen een tweede regel; ook | een streep")
            .With("latitude", "50.466912345678901").With("longitude", "4.8675000000000001")
            .With("organisation", "Le Relais, asbl"))), Actor.System("test"));

    [Fact]
    public async Task Importing_the_export_into_the_same_database_reports_every_row_unchanged()
    {
        await AddAwkwardInitiativeAsync();
        var published = await db.Store.PublishedAsync<Initiative>();

        var report = await ImportAsync(db, await ExportAsync(db));

        Assert.Equal(published.Count, report.Rows.Count);
        Assert.All(report.Rows, r => Assert.Equal(ImportRowStatus.Unchanged, r.Status));
        Assert.Equal(published.Count, (await db.Store.PublishedAsync<Initiative>()).Count);
    }

    [Fact]
    public async Task Importing_the_export_into_an_empty_database_reproduces_the_published_records()
    {
        await AddAwkwardInitiativeAsync();
        var file = await ExportAsync(db);

        var report = await ImportAsync(empty, file);

        Assert.All(report.Rows, r => Assert.Equal(ImportRowStatus.Created, r.Status));
        var original = (await db.Store.PublishedAsync<Initiative>()).ToDictionary(i => i.Key!);
        var copy = (await empty.Store.PublishedAsync<Initiative>()).ToDictionary(i => i.Key!);
        Assert.Equal(original.Keys.Order(), copy.Keys.Order());
        foreach (var (key, initiative) in original)
        {
            var (a, b) = (initiative.Content, copy[key].Content);
            Assert.Equal((a.Name, a.Description, a.Slug, a.Status, a.Address, a.Location), (b.Name, b.Description, b.Slug, b.Status, b.Address, b.Location));
            Assert.Equal((a.Website, a.Contact, a.StartedYear), (b.Website, b.Contact, b.StartedYear));
            Assert.Equal([.. a.Sectors, "/", .. a.Types, "/", .. a.Languages], [.. b.Sectors, "/", .. b.Types, "/", .. b.Languages]);
            Assert.Equal(OpeningHoursText.Format(a.Hours), OpeningHoursText.Format(b.Hours));
            Assert.Equal((a.Hours?.Note, a.Hours?.ByAppointmentOnly, a.Cost, a.Accessibility), (b.Hours?.Note, b.Hours?.ByAppointmentOnly, b.Cost, b.Accessibility));
            Assert.Equal(a.ContactModes, b.ContactModes);
        }
        // Organisations are matched by name: the copy exports exactly the same file.
        Assert.Equal(file, await ExportAsync(empty));
    }

    [Fact]
    public async Task The_export_is_utf8_with_the_import_header_and_one_row_per_published_initiative()
    {
        var file = await ExportAsync(db);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file[..3]);
        var records = Records(file);
        Assert.Equal(CsvColumns.Exported, records[0]);
        Assert.Equal((await db.Store.PublishedAsync<Initiative>()).Count, records.Count - 1);
        var published = CsvColumns.Exported.ToList().IndexOf("published");
        Assert.All(records.Skip(1), r => Assert.Equal("true", r[published]));
        Assert.Contains(records, r => r.Contains("Pair-aidance dans l'équipe Housing First du SMES"));
    }

    [Fact]
    public async Task The_practical_information_of_the_seed_is_exported_in_its_columns()
    {
        var records = Records(await ExportAsync(db));
        var columns = CsvColumns.Exported.ToList();
        var liege = records.Single(r => r[0] == "reduction-des-risques-pairs-liege");

        Assert.Equal("Mo-Fr 10:00-16:00; Sa 13:00-17:00", liege[columns.IndexOf("hours")]);
        Assert.StartsWith("Drop-in at the counter", liege[columns.IndexOf("hours_note_en")]);
        Assert.Equal(("walk-in", "true"), (liege[columns.IndexOf("contact_modes")], liege[columns.IndexOf("free")]));
        Assert.Equal(("true", "false", "false"), (liege[columns.IndexOf("step_free")], liege[columns.IndexOf("accessible_toilet")], liege[columns.IndexOf("induction_loop")]));
        Assert.Equal("appointment", records.Single(r => r[0] == "drugs-detentie-peer-support-antwerpen")[columns.IndexOf("hours")]);
        Assert.All(records.Where(r => r[0] == "smes-housing-first"), r => Assert.Equal("", r[columns.IndexOf("hours")]));
    }

    [Fact]
    public async Task The_export_writes_each_initiative_s_municipality_last_and_the_import_ignores_it()
    {
        var records = Records(await ExportAsync(db));
        var municipality = CsvColumns.Exported.ToList().IndexOf("municipality");

        Assert.Equal(CsvColumns.Exported.Count - 1, municipality);
        Assert.Equal("62063", records.Single(r => r[0] == "reduction-des-risques-pairs-liege")[municipality]);
        Assert.All(records.Skip(1), r => Assert.Matches("^[0-9]{5}$", r[municipality]));

        // A NIS code that disagrees with the postal code changes nothing: the place comes from postal_code and city.
        var header = string.Join(",", CsvColumns.Exported);
        var row = string.Join(",", CsvText.Good, string.Join(",", CsvColumns.Visit.Select(_ => "")), "21004");
        var report = await db.CsvImporter.ImportAsync(new StringReader(header + "\n" + row), Actor.System("test"));
        Assert.NotEqual(ImportRowStatus.Rejected, Assert.Single(report.Rows).Status);
        var stored = (await db.Store.PublishedAsync<Initiative>()).Single(i => i.Key == "ext-1").Content;
        Assert.Equal(stored.Address.Resolved().Municipality, stored.Address.Municipality);
        Assert.NotEqual("21004", stored.Address.Municipality);
    }

    [Fact]
    public async Task The_export_holds_neither_drafts_nor_unpublished_initiatives()
    {
        await db.CsvImporter.ImportAsync(new StringReader(CsvText.File(
            CsvText.Good.With("external_id", "hidden").With("name_fr", "Initiative retirée du site").With("published", "false"))), Actor.System("test"));
        var batch1 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var item = (await session.FindByKeyAsync<Initiative>("smes-housing-first"))!;
            item.Save(item.Latest.Content with { Name = LocalizedText.Of(fr: "Brouillon confidentiel"), Contact = new PublicContact("prive@example.org", null) }, "editor", DateTimeOffset.UtcNow);
            batch1.Stage(item);
            await batch1.CommitOrFailAsync();
        }

        var text = Encoding.UTF8.GetString(await ExportAsync(db));

        Assert.DoesNotContain("hidden", text);
        Assert.DoesNotContain("Initiative retirée du site", text);
        Assert.DoesNotContain("Brouillon confidentiel", text);
        Assert.DoesNotContain("prive@example.org", text);
        Assert.Contains("Pair-aidance dans l'équipe Housing First du SMES", text);
    }

    [Fact]
    public async Task Initiatives_of_two_organisations_with_the_same_name_keep_their_own_organisation_through_a_round_trip()
    {
        var batch2 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var (key, city, postalCode) in new[] { ("cpas-a", "Namur", "5000"), ("cpas-b", "Liège", "4000") })
            {
                var organisation = ContentItem<Organisation>.Create(Guid.NewGuid(), key, new Organisation { Name = LocalizedText.Of("CPAS", "OCMW", "CPAS") }, "editor", now);
                organisation.Publish(now);
                var initiative = ContentItem<Initiative>.Create(Guid.NewGuid(), $"pairs-{key}", new Initiative
                {
                    Name = LocalizedText.Of(fr: $"Pairs au CPAS de {city}"), Sectors = ["poverty-homelessness"], Types = ["one-to-one"], Status = "salaried",
                    Address = new Address(null, postalCode, city), OrganisationId = organisation.Id,
                    Slug = LocalizedText.Of($"pairs-{key}", $"pairs-{key}", $"pairs-{key}"), LastVerified = new DateOnly(2026, 1, 1),
                }, "editor", now);
                initiative.Publish(now);
                batch2.Stage(organisation);
                batch2.Stage(initiative);
            }
            await batch2.CommitOrFailAsync();
        }
        var file = await ExportAsync(db);

        var same = await ImportAsync(db, file);
        await ImportAsync(empty, file);

        Assert.Contains(Records(file), r => r[0] == "pairs-cpas-b" && r[7] == "CPAS [cpas-b]");
        Assert.All(same.Rows, r => Assert.Equal(ImportRowStatus.Unchanged, r.Status));
        var copies = (await empty.Store.PublishedAsync<Initiative>()).Where(i => i.Key!.StartsWith("pairs-cpas")).ToList();
        var organisations = (await empty.Store.PublishedAsync<Organisation>()).ToDictionary(o => o.Id);
        Assert.Equal(["cpas-a", "cpas-b"], copies.Select(i => organisations[i.Content.OrganisationId!.Value].Key).Order());
        Assert.All(copies, i => Assert.Equal("CPAS", organisations[i.Content.OrganisationId!.Value].Content.Name.In(Culture.Fr)));
        Assert.Equal(file, await ExportAsync(empty));
    }

    [Fact]
    public async Task An_initiative_without_a_key_is_exported_under_its_id_and_reimports_unchanged()
    {
        var id = Guid.NewGuid();
        var initiative = new Initiative
        {
            Name = LocalizedText.Of(fr: "Sans clé"), Sectors = ["housing"], Types = ["groups"], Status = "volunteer",
            Address = new Address(null, "1000", "Bruxelles"), Slug = LocalizedText.Of("sans-cle", "sans-cle", "sans-cle"),
        };
        var batch3 = db.Content.OpenBatch(Actor.System("test"));
        await using (var session = db.Store.OpenSession())
        {
            var item = ContentItem<Initiative>.Create(id, null, initiative, "editor", DateTimeOffset.UtcNow);
            item.Publish(DateTimeOffset.UtcNow);
            batch3.Stage(item);
            await batch3.CommitOrFailAsync();
        }
        var file = await ExportAsync(db);

        var report = await ImportAsync(db, file);

        Assert.Contains(Records(file), r => r[0] == id.ToString("D") && r[1] == "Sans clé");
        Assert.Equal(ImportRowStatus.Unchanged, report.Rows.Single(r => r.ExternalId == id.ToString("D")).Status);
    }
}
