using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Import;
using Cartography.Data.Storage;
using Cartography.Data.Writing;

namespace Cartography.Data.Tests.Import;

public sealed class VisitColumnsImportTestsOnSqlite() : VisitColumnsImportTests(DatabaseProvider.Sqlite);

public sealed class VisitColumnsImportTestsOnPostgreSql() : VisitColumnsImportTests(DatabaseProvider.PostgreSql);

/// <summary>The optional columns of practical information: hours, contact modes, cost, accessibility.</summary>
public abstract class VisitColumnsImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly string FullHeader = string.Join(",", [.. CsvColumns.All, .. CsvColumns.Visit]);

    private readonly TestDatabase db = new(provider);

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        await db.SeedAsync(withContent: false);
    }

    public Task DisposeAsync() => db.DisposeAsync();

    private Task<ImportReport> Import(string header, params string[] rows) =>
        db.CsvImporter.ImportAsync(new StringReader(string.Join("\n", [header, .. rows])), Actor.System("importer"));

    /// <summary>The good row with the practical columns after it, in <see cref="CsvColumns.Visit"/> order.</summary>
    private static string Full(string hours = "\"Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00\"", string contactModes = "walk-in|on-referral", string free = "true",
        string stepFree = "true", string toilet = "false", string loop = "") =>
        string.Join(",", CsvText.Good, hours, "Fermé en août", "", "Closed in August", contactModes, free, "", "", "", stepFree, toilet, loop,
            "", "Lift achteraan", "");

    private async Task<Initiative> Stored() => (await db.Store.PublishedAsync<Initiative>()).Single(i => i.Key == "ext-1").Content;

    [Fact]
    public async Task A_row_with_the_practical_columns_stores_hours_contact_modes_cost_and_accessibility()
    {
        var report = await Import(FullHeader, Full());

        Assert.Equal(ImportRowStatus.Created, Assert.Single(report.Rows).Status);
        var initiative = await Stored();
        Assert.Equal([new TimeRange(540, 720), new TimeRange(780, 1020)], initiative.Hours!.Friday);
        Assert.Equal([new TimeRange(600, 720)], initiative.Hours.Saturday);
        Assert.Empty(initiative.Hours.Sunday);
        Assert.Equal(LocalizedText.Of(fr: "Fermé en août", en: "Closed in August"), initiative.Hours.Note);
        Assert.Equal([ContactModes.WalkIn, ContactModes.OnReferral], initiative.ContactModes);
        Assert.Equal(new Cost { Free = true }, initiative.Cost);
        Assert.Equal(new Accessibility { StepFree = true, AccessibleToilet = false, Note = LocalizedText.Of(nl: "Lift achteraan") }, initiative.Accessibility);
    }

    [Fact]
    public async Task By_appointment_only_is_written_appointment()
    {
        await Import(FullHeader, Full(hours: "appointment"));

        var hours = (await Stored()).Hours!;
        Assert.True(hours.ByAppointmentOnly);
        Assert.False(hours.HasRanges);
    }

    [Fact]
    public async Task A_file_without_the_practical_columns_imports_as_before_and_keeps_what_is_stored()
    {
        await Import(FullHeader, Full());

        var report = await Import(CsvText.Header, CsvText.Good.With("name_en", "Peers in Namur"));

        Assert.Equal(ImportRowStatus.Updated, Assert.Single(report.Rows).Status);
        var initiative = await Stored();
        Assert.Equal("Peers in Namur", initiative.Name.In(Culture.En));
        Assert.Equal("Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00", OpeningHoursText.Format(initiative.Hours));
        Assert.True(initiative.Cost!.Free);
    }

    [Fact]
    public async Task A_new_row_without_the_practical_columns_has_none()
    {
        Assert.Equal(ImportRowStatus.Created, Assert.Single((await Import(CsvText.Header, CsvText.Good)).Rows).Status);

        var initiative = await Stored();
        Assert.Null(initiative.Hours);
        Assert.Empty(initiative.ContactModes);
        Assert.Null(initiative.Cost);
        Assert.Null(initiative.Accessibility);
    }

    [Fact]
    public async Task Empty_practical_cells_clear_what_was_stored()
    {
        await Import(FullHeader, Full());

        await Import(FullHeader, string.Join(",", CsvText.Good, string.Join(",", CsvColumns.Visit.Select(_ => ""))));

        var initiative = await Stored();
        Assert.Null(initiative.Hours);
        Assert.Empty(initiative.ContactModes);
        Assert.Null(initiative.Cost);
        Assert.Null(initiative.Accessibility);
    }

    [Theory]
    [InlineData("\"Mo 25:00-26:00\"", "hours", "Import_HoursInvalid", "Mo 25:00-26:00")]
    [InlineData("\"Mo 09:00-12:00; Xx 10:00-12:00\"", "hours", "Import_HoursInvalid", "Xx 10:00-12:00")]
    [InlineData("\"Tu 14:00-09:00\"", "hours_tuesday", "Rule_Hours_EndBeforeStart", "14:00")]
    [InlineData("\"We 09:00-12:00,11:00-13:00\"", "hours_wednesday", "Rule_Hours_Overlap", "09:00-12:00")]
    public async Task Invalid_hours_reject_the_row_with_a_reason_and_store_nothing(string hours, string field, string code, string argument)
    {
        var report = await Import(FullHeader, Full(hours: hours), Full().Replace("ext-1", "ext-2"));

        var rejected = report.Rows.Single(r => r.ExternalId == "ext-1");
        Assert.Equal(ImportRowStatus.Rejected, rejected.Status);
        var violation = Assert.Single(rejected.Violations);
        Assert.Equal((field, code, argument), (violation.Field, violation.Code, violation.Arguments[0]));
        Assert.Equal(["ext-2"], (await db.Store.PublishedAsync<Initiative>()).Select(i => i.Key));
    }

    [Theory]
    [InlineData("by-pigeon", "true", "contact_modes", "Rule_ContactMode_Unknown")]
    [InlineData("walk-in", "maybe", "free", "Import_NotTrueOrFalse")]
    public async Task Unknown_contact_modes_and_flags_reject_the_row(string contactModes, string free, string field, string code)
    {
        var rejected = Assert.Single((await Import(FullHeader, Full(contactModes: contactModes, free: free))).Rows);

        Assert.Equal(ImportRowStatus.Rejected, rejected.Status);
        Assert.Contains(rejected.Violations, v => v.Field == field && v.Code == code);
        Assert.Empty(await db.Store.PublishedAsync<Initiative>());
    }

    [Fact]
    public async Task Reimporting_the_same_practical_columns_changes_nothing()
    {
        await Import(FullHeader, Full());

        Assert.Equal(ImportRowStatus.Unchanged, Assert.Single((await Import(FullHeader, Full())).Rows).Status);
    }
}
