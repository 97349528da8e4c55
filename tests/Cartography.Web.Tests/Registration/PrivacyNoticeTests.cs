using Cartography.Web.Features.Registration;
using Microsoft.AspNetCore.Hosting;

namespace Cartography.Web.Tests.Registration;

/// <summary>A site whose operator settings are filled in, one of them with markup that must come out as text.</summary>
public sealed class OperatorSiteFactory : CartographyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Operator:Name", "Réseau <b>Pairs</b> asbl");
        builder.UseSetting("Cartography:Operator:Address", "Rue de l'Exemple 1, 1000 Bruxelles");
        builder.UseSetting("Cartography:Operator:CompanyNumber", "0123.456.789");
        builder.UseSetting("Cartography:Operator:Email", "info@pairs.example.org");
    }
}

public class PrivacyNoticeTests(OperatorSiteFactory factory) : IClassFixture<OperatorSiteFactory>
{
    private readonly HttpClient client = factory.CreatePlainClient();

    [Theory]
    [InlineData("fr", "Responsable du traitement")]
    [InlineData("nl", "Verwerkingsverantwoordelijke")]
    [InlineData("en", "Data controller")]
    public async Task The_notice_names_the_operator_from_the_settings_as_data_controller(string culture, string heading)
    {
        var page = await client.GetAsync($"/{culture}/privacy", expectOk: true);

        var controller = page.QuerySelectorAll("h2").Single(h => h.TextContent == heading).NextElementSibling!;
        Assert.Contains("Réseau <b>Pairs</b> asbl", controller.TextContent);
        Assert.Null(controller.QuerySelector("b"));
        var details = page.QuerySelector(".privacy-controller")!.TextContent;
        Assert.Contains("Rue de l'Exemple 1, 1000 Bruxelles", details);
        Assert.Contains("0123.456.789", details);
        Assert.Equal("mailto:info@pairs.example.org", page.QuerySelector(".privacy-controller a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_notice_lists_every_cookie_the_public_forms_and_the_back_office_set_with_a_purpose_and_a_lifetime()
    {
        var form = await client.GetAsync("/en/register");
        var signIn = await client.GetAsync("/backoffice/signin");
        var set = form.Headers.Concat(signIn.Headers).Where(h => h.Key == "Set-Cookie").SelectMany(h => h.Value)
            .Select(c => c[..c.IndexOf('=')]).Distinct().ToList();

        var page = await client.GetAsync("/en/privacy", expectOk: true);
        var rows = page.QuerySelectorAll(".privacy-cookies tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();

        Assert.NotEmpty(set);
        foreach (var name in set) Assert.Contains(rows, r => r[0] == name);
        Assert.Contains(rows, r => r[0] == ".Cartography.Backoffice" && r[2] == "8 hours without activity");
        Assert.Contains(rows, r => r[0] == ".Cartography.Backoffice.Culture" && r[2] == "365 days");
        Assert.Contains(rows, r => r[0].StartsWith(".AspNetCore.Antiforgery") && r[2] == "Until the browser is closed");
        Assert.All(rows, r => Assert.True(r[1].Length > 20, $"{r[0]} has no purpose"));
        Assert.Contains("tile.openstreetmap.org", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("fr", "jours après leur envoi")]
    [InlineData("nl", "dagen na verzending")]
    [InlineData("en", "days after they were sent")]
    public async Task The_notice_says_how_long_contact_messages_are_kept_from_the_retention_period(string culture, string words)
    {
        var page = await client.GetAsync($"/{culture}/privacy", expectOk: true);

        var text = page.QuerySelector("#contact-messages")!.NextElementSibling!.TextContent;
        Assert.Contains($"{(int)ContactRetention.Period.TotalDays} {words}", text);
    }

    [Fact]
    public async Task The_notice_shows_its_version_which_is_what_a_consent_records()
    {
        var page = await client.GetAsync("/nl/privacy", expectOk: true);

        Assert.Contains(PrivacyNotice.Version, page.QuerySelector(".meta")!.TextContent);
    }
}
