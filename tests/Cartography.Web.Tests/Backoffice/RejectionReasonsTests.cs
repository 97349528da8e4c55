using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bunit;
using Cartography.Data.Import;
using Cartography.Web.Features.Backoffice.Transfer;
using Cartography.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>The reasons the import preview gives for a rejected row, in the editor's interface language.</summary>
public sealed class RejectionReasonsTests(CartographyFactory factory) : EditorComponentContext, IClassFixture<CartographyFactory>
{
    private const string NotANumber = "nl-1,Initiatief een,,,,,,,addiction,groups,volunteer,,5000,Namur,noord,4.8,,,,,,true";
    private const string BadPostalCode = "nl-2,Initiatief twee,,,,,,,addiction,groups,volunteer,,1001,Bruxelles,,,,,,,,true";
    private const string NoExternalId = ",Initiatief drie,,,,,,,addiction,groups,volunteer,,5000,Namur,,,,,,,,true";

    private async Task<ImportPreview> PreviewAsync(params string[] rows)
    {
        var csv = string.Join("\n", [string.Join(",", CsvColumns.All), .. rows]);
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<InitiativeImportPreviewer>().PreviewAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    private IReadOnlyList<string> Shown(PreviewRow row) =>
        Render<RejectionReasons>(p => p.Add(c => c.Violations, row.Violations))
            .FindAll("li").Select(li => Regex.Replace(li.TextContent, @"\s+", " ").Trim()).ToList();

    [Fact]
    public async Task The_preview_of_a_bad_row_gives_its_column_and_the_Dutch_message_when_the_interface_is_Dutch()
    {
        var preview = await PreviewAsync(NotANumber, BadPostalCode, NoExternalId);
        CultureInfo.CurrentUICulture = new CultureInfo("nl");

        Assert.All(preview.Rows, row => Assert.Equal(ImportRowStatus.Rejected, row.Action));
        Assert.Equal(["latitude: ‘noord’ is geen getal (gebruik een punt voor decimalen)."], Shown(preview.Rows[0]));
        Assert.Equal(["postal_code: 1001 is geen Belgische postcode."], Shown(preview.Rows[1]));
        Assert.Equal(["external_id: Deze kolom is verplicht: zo kan een latere import dezelfde fiche bijwerken."], Shown(preview.Rows[2]));
    }

    [Fact]
    public async Task The_same_preview_reads_in_French_for_a_French_interface()
    {
        var preview = await PreviewAsync(NotANumber);
        CultureInfo.CurrentUICulture = new CultureInfo("fr");

        Assert.Equal(["latitude: « noord » n'est pas un nombre (utilisez un point pour les décimales)."], Shown(preview.Rows[0]));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_import_reason_has_a_message_in_each_interface_language(string culture)
    {
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var localizer = Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        Assert.All(ImportReasons.Codes, code =>
        {
            var message = localizer[code, "x", "y"];
            Assert.False(message.ResourceNotFound, code);
            Assert.DoesNotContain("{", message.Value);
        });
    }
}
