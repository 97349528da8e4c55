using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Cartography.Data.Storage;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Import;

namespace Cartography.Data.Tests.Import;

public sealed class InitiativeCsvImporterTestsOnSqlite() : InitiativeCsvImporterTests(DatabaseProvider.Sqlite);

public sealed class InitiativeCsvImporterTestsOnPostgreSql() : InitiativeCsvImporterTests(DatabaseProvider.PostgreSql);

/// <summary>Run once per storage provider, so nothing works on SQLite only by accident.</summary>
public abstract class InitiativeCsvImporterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Header =
        "external_id,name_fr,name_nl,name_en,description_fr,description_nl,description_en,organisation,sectors,types,status," +
        "street,postal_code,city,latitude,longitude,website,email,phone,languages,started_year,published";

    private const string Good =
        "ext-1,Pairs à Namur,Ervaringswerkers in Namen,,\"Accompagnement, \"\"pair\"\" et groupes\",,,Le Relais,addiction|mental-health,groups,volunteer," +
        "Rue de Fer 1,5000,Namur,50.4669,4.8675,https://relais.example.org,contact@relais.example.org,+32 81 00 00 00,fr|nl,2021,true";

    private readonly TestDatabase db = new(provider);

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        var content = Path.Combine(db.Folder, "content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(RepositoryRoot.Path, "content", "taxonomy.yaml"), Path.Combine(content, "taxonomy.yaml"));
        await db.Seeder.ImportAsync(content, includeExamples: true);
    }

    public Task DisposeAsync() => db.DisposeAsync();

    private Task<ImportReport> Import(params string[] lines) =>
        db.CsvImporter.ImportAsync(new StringReader(string.Join("\n", lines)), Actor.System("importer"));

    private static string Row(string template, string column, string value)
    {
        var columns = CsvColumns.All.ToList();
        var fields = new CsvHelper.CsvParser(new StringReader(template), System.Globalization.CultureInfo.InvariantCulture);
        fields.Read();
        var values = fields.Record!;
        values[columns.IndexOf(column)] = value;
        return string.Join(",", values.Select(v => v.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v));
    }

    [Fact]
    public async Task A_good_row_creates_a_published_initiative_with_its_organisation()
    {
        var report = await Import(Header, Good);

        Assert.Equal(ImportRowStatus.Created, Assert.Single(report.Rows).Status);
        var initiative = Assert.Single(await db.Store.PublishedAsync<Initiative>());
        Assert.Equal("ext-1", initiative.Key);
        Assert.Equal("Accompagnement, \"pair\" et groupes", initiative.Content.Description.In(Culture.Fr));
        Assert.Equal(["addiction", "mental-health"], initiative.Content.Sectors);
        Assert.Equal("namur", initiative.Content.Province!.Key);
        Assert.Equal("pairs-a-namur", initiative.Content.Slug.In(Culture.Fr));
        var organisation = Assert.Single(await db.Store.PublishedAsync<Organisation>());
        Assert.Equal(organisation.Id, initiative.Content.OrganisationId);
    }

    [Fact]
    public async Task Reimport_updates_the_same_item_and_keeps_the_old_version()
    {
        await Import(Header, Good);

        var report = await Import(Header, Row(Good, "name_en", "Peers in Namur"));

        Assert.Equal(ImportRowStatus.Updated, Assert.Single(report.Rows).Status);
        var published = Assert.Single(await db.Store.PublishedAsync<Initiative>());
        Assert.Equal("Peers in Namur", published.Content.Name.In(Culture.En));
        await using var session = db.Store.OpenSession();
        Assert.Equal(2, (await session.FindAsync<Initiative>(published.Id))!.Versions.Count);
        Assert.Single(await db.Store.PublishedAsync<Organisation>());
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        await Import(Header, Good);

        var report = await Import(Header, Good);

        Assert.Equal(ImportRowStatus.Unchanged, Assert.Single(report.Rows).Status);
        await using var session = db.Store.OpenSession();
        Assert.Single((await session.FindByKeyAsync<Initiative>("ext-1"))!.Versions);
    }

    [Fact]
    public async Task Published_false_on_reimport_takes_the_item_off_the_public_site()
    {
        await Import(Header, Good);

        var report = await Import(Header, Row(Good, "published", "false"));

        Assert.Equal(ImportRowStatus.Updated, Assert.Single(report.Rows).Status);
        Assert.Empty(await db.Store.PublishedAsync<Initiative>());
    }

    [Theory]
    [InlineData("external_id", "", "external_id", ImportReasons.ExternalIdRequired, "external_id is required")]
    [InlineData("sectors", "addiction|astrology", "sectors", "Rule_Sector_Unknown", "sectors: 'astrology' is not a known sector")]
    [InlineData("types", "", "types", "Rule_Type_Required", "at least one type is required")]
    [InlineData("status", "slave", "status", "Rule_Status_Unknown", "'slave' is not a peer-worker status")]
    [InlineData("postal_code", "0999", "postal_code", "Rule_PostalCode_Invalid", "postal_code: '0999' is not a Belgian postal code")]
    [InlineData("latitude", "north", "latitude", ImportReasons.NotANumber, "latitude: 'north' is not a number")]
    [InlineData("latitude", "", "latitude", ImportReasons.CoordinatesGoTogether, "latitude and longitude go together: give both or neither")]
    [InlineData("latitude", "4.8675", "location", "Rule_Location_OutsideBelgium", "outside Belgium")]
    [InlineData("latitude", "123", "latitude", ImportReasons.CoordinatesOutOfRange, "latitude must lie between -90 and 90")]
    [InlineData("longitude", "-181", "longitude", ImportReasons.CoordinatesOutOfRange, "latitude must lie between -90 and 90")]
    [InlineData("website", "relais.example.org/x", "website", "Rule_Website_Invalid", "not a web address")]
    [InlineData("email", "contact@", "email", "Rule_Email_Invalid", "not an email address")]
    [InlineData("languages", "fr|xx", "languages", "Rule_Language_Unknown", "'xx' is not a known language code")]
    [InlineData("started_year", "twenty", "started_year", ImportReasons.NotAYear, "started_year: 'twenty' is not a year")]
    [InlineData("started_year", "1850", "started_year", "Rule_StartedYear_OutOfRange", "the year started must lie between")]
    [InlineData("published", "yes", "published", ImportReasons.NotTrueOrFalse, "published: 'yes' must be true or false")]
    [InlineData("postal_code", "1001", "postal_code", "Rule_PostalCode_Invalid", "postal_code: '1001' is not a Belgian postal code")]
    [InlineData("postal_code", "9999", "postal_code", "Rule_PostalCode_Invalid", "postal_code: '9999' is not a Belgian postal code")]
    [InlineData("city", "Gent", "city", "Rule_City_NotInPostalCode", "city: 'Gent' is not one of the places with postal code 5000: choose one of Beez, Namur")]
    public async Task A_bad_row_is_rejected_with_its_reason_and_the_others_are_imported(string column, string value, string field, string code, string reason)
    {
        var good2 = Row(Row(Good, "external_id", "ext-2"), "name_fr", "Autre");

        var report = await Import(Header, Row(Good, column, value), good2);

        var rejected = report.Rows[0];
        Assert.Equal((2, ImportRowStatus.Rejected), (rejected.Line, rejected.Status));
        var violation = Assert.Single(rejected.Violations, v => v.Code == code);
        Assert.Equal(field, violation.Field);
        Assert.Contains(rejected.Reasons, r => r.Contains(reason));
        Assert.Equal(ImportRowStatus.Created, report.Rows[1].Status);
        Assert.Equal(["ext-2"], (await db.Store.PublishedAsync<Initiative>()).Select(i => i.Key));
    }

    [Theory]
    [InlineData("latitude", "50,47", ImportReasons.NotANumber, "50,47")]
    [InlineData("started_year", "2021?", ImportReasons.NotAYear, "2021?")]
    [InlineData("published", "YES", ImportReasons.NotTrueOrFalse, "yes")]
    public async Task A_rejection_carries_the_offending_value_for_the_message_in_the_editors_language(string column, string value, string code, string argument)
    {
        var report = await Import(Header, Row(Good, column, value));

        var violation = Assert.Single(Assert.Single(report.Rows).Violations);
        Assert.Equal((column, code), (violation.Field, violation.Code));
        Assert.Equal([argument], violation.Arguments);
    }

    [Fact]
    public async Task An_external_id_over_the_length_limit_is_rejected_with_the_limit_as_argument()
    {
        var report = await Import(Header, Row(Good, "external_id", new string('x', CsvColumns.MaxExternalIdLength + 1)));

        var violation = Assert.Single(Assert.Single(report.Rows).Violations);
        Assert.Equal(("external_id", ImportReasons.ExternalIdTooLong), (violation.Field, violation.Code));
        Assert.Equal([CsvColumns.MaxExternalIdLength.ToString()], violation.Arguments);
        Assert.Equal("external_id is longer than 128 characters", Assert.Single(report.Rows).Reasons.Single());
    }

    [Fact]
    public async Task A_rejected_row_leaves_nothing_half_written_not_even_its_new_organisation()
    {
        var report = await Import(Header, Row(Row(Good, "organisation", "Nouvelle ASBL"), "postal_code", "99"));

        Assert.Equal(ImportRowStatus.Rejected, Assert.Single(report.Rows).Status);
        Assert.Empty(await db.Store.PublishedAsync<Organisation>());
        Assert.Empty(await db.Store.PublishedAsync<Initiative>());
    }

    [Fact]
    public async Task Rows_with_a_wrong_field_count_or_a_repeated_external_id_are_rejected_by_line_number()
    {
        var report = await Import(Header, Good, "ext-9,too,few", Good);

        Assert.Equal(
            [(2, ImportRowStatus.Created), (3, ImportRowStatus.Rejected), (4, ImportRowStatus.Rejected)],
            report.Rows.Select(r => (r.Line, r.Status)));
        Assert.Equal("the row has 3 fields, the header 22", report.Rows[1].Reasons.Single());
        Assert.Equal(new RuleViolation("", ImportReasons.FieldCount, "the row has 3 fields, the header 22", "3", "22"), report.Rows[1].Violations.Single());
        Assert.Equal(("external_id", ImportReasons.RepeatedExternalId), (report.Rows[2].Violations.Single().Field, report.Rows[2].Violations.Single().Code));
        Assert.Contains("earlier line", report.Rows[2].Reasons.Single());
    }

    [Fact]
    public async Task A_row_with_malformed_quoting_is_rejected_as_a_whole()
    {
        var report = await Import(Header, Good.Replace("ext-1,", "\"ext\"-5,"));

        var violation = Assert.Single(Assert.Single(report.Rows).Violations);
        Assert.Equal(("", ImportReasons.MalformedQuoting), (violation.Field, violation.Code));
        Assert.StartsWith("malformed quoting", report.Rows[0].Reasons.Single());
    }

    [Fact]
    public async Task Line_numbers_count_line_breaks_inside_quoted_fields()
    {
        var multiLine = Row(Good, "description_fr", "Ligne un\nLigne deux");

        var report = await Import(Header, multiLine, Row(Row(Good, "external_id", "ext-3"), "status", "??"));

        Assert.Equal([2, 4], report.Rows.Select(r => r.Line));
    }

    [Fact]
    public async Task A_file_without_the_expected_header_is_refused_whole()
    {
        var report = await Import("id,name", "1,x");

        Assert.Empty(report.Rows);
        Assert.Contains("missing columns: external_id", report.FileError);
        Assert.Contains("unknown columns: id, name", report.FileError);
    }

    [Fact]
    public async Task Dry_run_reports_what_would_happen_and_writes_nothing()
    {
        var report = await db.CsvImporter.ImportAsync(new StringReader(Header + "\n" + Good), Actor.System("importer"), dryRun: true);

        Assert.Equal(ImportRowStatus.Created, Assert.Single(report.Rows).Status);
        Assert.Empty(await db.Store.PublishedAsync<Initiative>());
    }
}
