using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Editorial;
using Cartography.Web.Features.Freshness;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Tests.Backoffice;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Cartography.Web.Tests.Freshness;

/// <summary>The reminder job through its mail, and the page its link opens, over HTTP on a site whose clock the test moves.</summary>
public sealed class VerificationReminderTests : IDisposable
{
    private readonly ControlledClock clock = new(DateTimeOffset.UtcNow);
    private readonly CartographyFactory fresh = new();
    private readonly WebApplicationFactory<Program> site;

    public VerificationReminderTests() =>
        site = fresh.WithWebHostBuilder(builder => builder
            .UseSetting("Cartography:Freshness:FirstRunAfter", "7.00:00:00")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

    public void Dispose()
    {
        site.Dispose();
        fresh.Dispose();
    }

    private DateOnly Today => Cartography.Core.Places.BelgianTime.DateOf(clock.GetUtcNow());

    [Fact]
    public async Task A_pass_mails_each_stale_initiative_in_its_regions_language_and_a_pass_within_30_days_sends_nothing()
    {
        site.CreateClient();
        var brussels = await PublishAsync("Entraide Bruxelles", "1000", "Bruxelles", null, "bruxelles@exemple.be");
        var ghent = await PublishAsync("Lotgenoten Gent", "9000", "Gent", Today.AddYears(-2), "gent@voorbeeld.be");

        var run = await Sender.RunOnceAsync();

        Assert.Equal(new ReminderRun(2, 0), run);
        var french = await MailToAsync("bruxelles@exemple.be");
        Assert.Contains("Entraide Bruxelles", french.Subject);
        var text = french.TextBody ?? "";
        Assert.Contains("jamais été vérifiées", text);
        Assert.Contains("/fr/initiatives/entraide-bruxelles\n", text.ReplaceLineEndings("\n"));
        Assert.Matches(VerifyLink("fr"), text);
        Assert.Contains($"/fr/register?changes={brussels}", text);
        Assert.Matches(VerifyLink("en"), text);
        var dutch = (await MailToAsync("gent@voorbeeld.be")).TextBody;
        Assert.Matches(VerifyLink("nl"), dutch);
        Assert.Contains($"/nl/register?changes={ghent}", dutch);
        Assert.Contains("het laatst gecontroleerd op " + Today.AddYears(-2).ToString("d MMMM yyyy", new CultureInfo("nl")), dutch);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(ReminderRun.Nothing, await Sender.RunOnceAsync());
        Assert.Equal(2, Directory.GetFiles(MailFolder, "*.eml").Length);
    }

    [Fact]
    public async Task Confirming_through_the_link_shows_the_new_date_on_the_public_page()
    {
        var client = site.CreateClient();
        await PublishAsync("Pairs de Namur", "5000", "Namur", Today.AddYears(-2), "namur@exemple.be");
        await Sender.RunOnceAsync();
        var link = LinkIn((await MailToAsync("namur@exemple.be")).TextBody ?? "");
        clock.Advance(TimeSpan.FromDays(2));

        var page = await client.GetAsync(link, expectOk: true);
        Assert.Equal("Vérifier une initiative", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Pairs de Namur", page.QuerySelector(".verify-summary h2")!.TextContent);
        Assert.Equal("/fr/register", new Uri(new Uri("http://localhost"), page.QuerySelector(".verify-choices a")!.GetAttribute("href")).AbsolutePath);

        var response = await client.SubmitFormAsync(link, new(), "main form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var today = Today.ToString("d MMMM yyyy", new CultureInfo("fr"));
        Assert.Contains($"vérifiées le {today}", (await Html.ParseAsync(response)).QuerySelector(".confirmation")!.TextContent);
        await site.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        var detail = await client.GetAsync("/fr/initiatives/pairs-de-namur", expectOk: true);
        Assert.Equal($"Informations vérifiées le {today}.", detail.QuerySelector(".verified")!.TextContent);
        var again = await client.GetAsync(link, expectOk: true);
        Assert.Contains("déjà été utilisé", again.QuerySelector(".confirmation")!.TextContent);
    }

    [Fact]
    public async Task Unknown_and_expired_links_answer_a_clear_message_in_the_pages_language()
    {
        var client = site.CreateClient();
        var id = await PublishAsync("Lien périmé", "4000", "Liège", null, "liege@exemple.be");
        await Sender.RunOnceAsync();
        var link = LinkIn((await MailToAsync("liege@exemple.be")).TextBody ?? "");

        var unknown = await client.GetAsync("/nl/verify/niet-een-token", expectOk: true);
        Assert.Contains("Deze link is niet geldig", unknown.QuerySelector(".notice")!.TextContent);
        Assert.Null(unknown.QuerySelector("main form"));

        clock.Advance(TimeSpan.FromDays(61));
        var expired = await client.GetAsync(link.Replace("/fr/", "/en/"), expectOk: true);
        Assert.Contains("This link has expired", expired.QuerySelector(".notice")!.TextContent);
        Assert.Null(expired.QuerySelector("main form"));
        Assert.EndsWith($"/en/register?changes={id}", expired.QuerySelector("main a.link-button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_reminder_the_mail_server_did_not_take_is_tried_again_at_the_next_pass()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var unreachable = site.WithWebHostBuilder(builder => builder
            .UseSetting("Cartography:Email:Host", "127.0.0.1").UseSetting("Cartography:Email:Port", closedPort.ToString(CultureInfo.InvariantCulture))
            .UseSetting("Cartography:Email:Security", "None").UseSetting("Cartography:Email:TimeoutSeconds", "2"));
        unreachable.CreateClient();
        await PublishAsync("Serveur absent", "1000", "Bruxelles", null, "absent@exemple.be", unreachable);
        var sender = unreachable.Services.GetRequiredService<ReminderSender>();

        Assert.Equal(new ReminderRun(0, 1), await sender.RunOnceAsync());
        Assert.Equal(new ReminderRun(0, 1), await sender.RunOnceAsync());
    }

    [Theory]
    [InlineData("Interval", "00:00:00")]
    [InlineData("BatchSize", "0")]
    [InlineData("ReminderEvery", "00:01:00")]
    public void A_freshness_setting_out_of_range_stops_the_site_at_start_up_naming_it(string setting, string value)
    {
        using var broken = fresh.WithWebHostBuilder(builder => builder.UseSetting($"Cartography:Freshness:{setting}", value));

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains($"Cartography:Freshness:{setting}", error.ToString());
    }

    private ReminderSender Sender => site.Services.GetRequiredService<ReminderSender>();

    private string MailFolder => Path.Combine(fresh.DataPath, "mail");

    private async Task<Guid> PublishAsync(string name, string postalCode, string city, DateOnly? lastVerified, string email,
        WebApplicationFactory<Program>? on = null)
    {
        var site = on ?? this.site;
        var slug = Slugs.From(name);
        var created = await site.Services.Desk().CreateAsync(new Initiative
        {
            Name = LocalizedText.Of(fr: name), Slug = LocalizedText.Of(fr: slug, nl: slug, en: slug),
            Status = "volunteer", Address = new Address(null, postalCode, city), Sectors = ["mental-health"], Types = ["groups"],
            Contact = new PublicContact(email, null), LastVerified = lastVerified,
        }, "ann");
        Assert.Equal(EditStatus.Published, (await site.Services.Desk().PublishAsync<Initiative>(created.ItemId, "ann")).Status);
        await site.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        return created.ItemId;
    }

    private async Task<MimeMessage> MailToAsync(string address)
    {
        foreach (var file in Directory.GetFiles(MailFolder, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == address)) return message;
        }
        throw new InvalidOperationException($"No mail to {address}.");
    }

    private static Regex VerifyLink(string culture) => new($@"https?://[^/\s]+/{culture}/verify/[A-Za-z0-9_-]{{43}}\r?\n");

    private static string LinkIn(string text) => new Uri(VerifyLink("fr").Match(text).Value.Trim()).PathAndQuery;
}
