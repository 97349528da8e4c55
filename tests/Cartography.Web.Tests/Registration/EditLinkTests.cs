using System.Net;
using System.Text.RegularExpressions;
using Cartography.Core.Cultures;
using Cartography.Data.Registration;
using Cartography.Web.Features.ReadModel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Registration;

/// <summary>The site on a clock the test can move forward, to see edit links expire.</summary>
public sealed class EditLinkFactory : RegistrationFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}

public class EditLinkTests(EditLinkFactory factory) : IClassFixture<EditLinkFactory>
{
    private readonly HttpClient client = factory.CreatePlainClient();

    /// <summary>Registers a new initiative through the form; answers its marker, its stored id and the edit link's path from the email.</summary>
    private async Task<(string Marker, Guid Id, string Link)> RegisterAsync(string culture = "fr")
    {
        var marker = Guid.NewGuid().ToString("n")[..10];
        var response = await client.SubmitAsync($"/{culture}/register", RegistrationForms.Valid(marker, culture));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = Assert.Single(await factory.PendingNamedAsync(marker));
        var mail = Assert.Single(factory.MailTo($"person-{marker}@example.org"));
        var link = new Uri(Regex.Match(mail.TextBody ?? "", @"https?://\S+/register/edit/\S+").Value).PathAndQuery;
        return (marker, stored.Id, link);
    }

    [Fact]
    public async Task A_pending_submission_is_corrected_through_its_link_as_a_new_version()
    {
        var (marker, id, link) = await RegisterAsync();
        var form = await client.FormAsync(link);

        var response = await client.SubmitAsync(link, form.CurrentValues().With("Form.PostalCode", "4000").With("Form.City", "Liège"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(link + "?saved=1", response.PathOfLocation());
        var versions = await factory.Store.VersionsAsync(id);
        Assert.Equal(2, versions.Count);
        Assert.Equal("Liège", versions[1].Address.City);
        Assert.Equal(versions[0].Sectors, versions[1].Sectors);
        Assert.Equal("Une organisation nouvelle " + marker, (await factory.Store.FindByTokenAsync(link.Split('/')[^1])).Submission!.NewOrganisation);
        var saved = await client.GetAsync(response.PathOfLocation()!, expectOk: true);
        Assert.Equal("Votre correction est enregistrée. Merci\u202F!", saved.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Equal("4000", saved.QuerySelector("#postal-code")!.GetAttribute("value"));
        Assert.Contains("Liège", saved.QuerySelector("#postal-code-hint")!.TextContent);
    }

    [Fact]
    public async Task A_correction_with_errors_is_explained_and_not_stored()
    {
        var (_, id, link) = await RegisterAsync("en");
        var form = await client.FormAsync(link);

        var response = await client.SubmitAsync(link, form.CurrentValues().With("Form.Types"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Choose at least one type of peer support.", page.QuerySelector(".error-summary a")!.TextContent);
        Assert.Single(await factory.Store.VersionsAsync(id));
    }

    [Theory]
    [InlineData("fr", "Ce lien n'est pas valide")]
    [InlineData("nl", "Deze link is ongeldig")]
    public async Task A_tampered_link_is_not_valid(string culture, string title)
    {
        var (_, _, link) = await RegisterAsync();
        var token = link.Split('/')[^1];
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];

        foreach (var path in new[] { $"/{culture}/register/edit/{tampered}", $"/{culture}/register/edit/{new string('x', 500)}" })
        {
            var response = await client.GetAsync(path);
            var page = await Html.ParseAsync(response);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.True(page.QuerySelector("h1") is not null, await response.Content.ReadAsStringAsync());
            Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
            Assert.Null(page.QuerySelector("form.register-form"));
        }
    }

    [Fact]
    public async Task A_revoked_link_says_so()
    {
        var (_, id, link) = await RegisterAsync();
        await factory.Store.RevokeTokensAsync(id);

        var response = await client.GetAsync(link);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("Ce lien a été désactivé", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("form.register-form"));
    }

    [Fact]
    public async Task An_expired_link_says_so_and_saves_nothing()
    {
        var (_, id, link) = await RegisterAsync();
        var form = await client.FormAsync(link);
        factory.Clock.Offset = TimeSpan.FromDays(31);
        try
        {
            var response = await client.GetAsync(link);
            var page = await Html.ParseAsync(response);
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Equal("Ce lien a expiré", page.QuerySelector("h1")!.TextContent);

            var post = await client.PostAsync(link, new FormUrlEncodedContent(form.CurrentValues()
                .Concat(form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)))));
            Assert.True((int)post.StatusCode is >= 400 and < 500);
            Assert.Single(await factory.Store.VersionsAsync(id));
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_rejected_submission_shows_the_editors_reason()
    {
        var (_, id, link) = await RegisterAsync("en");
        var moderation = factory.Services.GetRequiredService<SubmissionModeration>();
        await moderation.RejectAsync(id, 1, "This service does not involve peer workers.", "editor@example.org");

        var page = await client.GetAsync(link, expectOk: true);

        Assert.Equal("Our editors did not accept your submission.", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal("This service does not involve peer workers.", page.QuerySelector(".review-reason")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form.register-form"));
    }

    [Fact]
    public async Task A_published_submission_links_to_its_page_and_takes_proposed_changes_as_a_new_submission()
    {
        var (marker, id, link) = await RegisterAsync();
        var moderation = factory.Services.GetRequiredService<SubmissionModeration>();
        await moderation.ApproveAsync(id, 1, Cartography.Data.Writing.Actor.Editor("editor@example.org"));
        await factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        var publishedId = (await factory.Store.FindByTokenAsync(link.Split('/')[^1])).Submission!.PublishedItemId!.Value;

        var page = await client.GetAsync(link, expectOk: true);
        var publicPage = page.QuerySelector("main a[href^='/fr/initiatives/']")!.GetAttribute("href")!;
        Assert.Contains(marker, (await client.GetAsync(publicPage, expectOk: true)).QuerySelector("h1")!.TextContent);
        var form = page.QuerySelector("form.register-form")!;
        Assert.Equal("Groupe de parole " + marker, form.QuerySelector("#name-fr")!.GetAttribute("value"));
        var response = await client.SubmitAsync(link, form.CurrentValues().With("Form.Phone", "02 999 99 99"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/fr/register/received", response.PathOfLocation());
        var proposal = Assert.Single(await factory.PendingNamedAsync(marker));
        Assert.Equal(publishedId, proposal.Changes);
        Assert.Equal("02 999 99 99", proposal.Proposed.Contact.Phone);
        var mails = factory.MailTo($"person-{marker}@example.org");
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Subject == "Votre proposition de correction est bien reçue");
    }

    [Fact]
    public async Task The_submitters_name_and_email_appear_on_no_public_page_or_api_answer()
    {
        var (marker, id, link) = await RegisterAsync();
        var name = "Submitter " + marker;
        var email = $"person-{marker}@example.org";
        await factory.Services.GetRequiredService<SubmissionModeration>().ApproveAsync(id, 1, Cartography.Data.Writing.Actor.Editor("editor@example.org"));
        await factory.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
        var published = (await client.GetAsync($"/fr/?q={marker}", expectOk: true)).QuerySelector(".result-list a")!.GetAttribute("href")!;

        foreach (var url in new[]
                 {
                     "/fr/register/received", "/fr/register/received?email=failed", link, "/fr/", "/fr/initiatives", $"/fr/?q={marker}", published,
                     $"/api/v1/search?q={marker}", $"/api/v1/search?q={Uri.EscapeDataString(name)}", "/api/v1/initiatives?take=100", $"/api/v1/suggest?q={marker}",
                 })
        {
            var body = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(name, body);
            Assert.DoesNotContain(email, body);
            Assert.DoesNotContain(Uri.EscapeDataString(email), body);
            Assert.DoesNotContain("Submitter&#x20;" + marker, body);
        }

        // Nor the export (which holds this initiative), nor any log line.
        using var export = new MemoryStream();
        await factory.Services.GetRequiredService<Cartography.Data.Export.InitiativeCsvExporter>().ExportAsync(export);
        var csv = System.Text.Encoding.UTF8.GetString(export.ToArray());
        Assert.Contains(marker, csv);
        Assert.DoesNotContain(name, csv);
        Assert.DoesNotContain(email, csv);
        var logs = string.Concat(Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "*", SearchOption.AllDirectories).Select(ReadShared));
        Assert.Contains("[INF] Email '", logs); // the confirmation's line: the log is written to, and names nobody
        Assert.DoesNotContain(name, logs);
        Assert.DoesNotContain(email, logs);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
