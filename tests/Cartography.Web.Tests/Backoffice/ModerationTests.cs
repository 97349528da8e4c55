using System.Net.Http.Json;
using System.Text.Json;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Registration;
using Cartography.Search.ReadModel;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Moderation;
using Cartography.Web.Features.Email;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// Moderation on a real site: a decision reaches the public site and search, and the submitter hears of it by email in
/// the language they wrote in; the queue and a submission's page show what a moderator needs, and the submitter's
/// private details nowhere but on that page.
/// </summary>
public sealed class ModerationTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    private SubmissionStore Store => site.Services.GetRequiredService<SubmissionStore>();
    private ModerationDesk Desk => site.Services.GetRequiredService<ModerationDesk>();
    private DirectorySnapshot Snapshot => site.Services.GetRequiredService<DirectoryReadModel>().Current;
    private string Base => site.Services.GetRequiredService<Cartography.Web.Features.Hosting.PublicAddress>().Base();
    private string MailFolder => Path.Combine(site.DataPath, "mail");

    private static Initiative Proposed(LocalizedText name, string postalCode = "3500", string? website = null) => new()
    {
        Name = name, Description = name.Select(n => $"{n}: lotgenoten ontmoeten elkaar."), Status = "volunteer",
        Address = new Address("Kerkstraat 1", postalCode, "Hasselt"), Sectors = ["mental-health"], Types = ["groups"], Website = website,
    };

    private async Task<ReceivedSubmission> SendAsync(Initiative proposed, Culture culture, string email, Guid? changes = null) =>
        await Store.ReceiveAsync(new Submission(proposed,
            new PrivateDetails(new Submitter("An Peeters", email, "Coördinator"), new Consent(DateTimeOffset.UtcNow.AddMinutes(-3), "2026-11")), changes)
        {
            Culture = culture,
        });

    private async Task<MimeMessage> MailToAsync(string email)
    {
        foreach (var file in Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [])
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => m.Address == email)) return message;
        }
        throw new Xunit.Sdk.XunitException($"No mail to {email} in {MailFolder}.");
    }

    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("n")[..6]}";

    [Fact]
    public async Task Approving_publishes_the_initiative_to_search_and_its_page_in_every_culture_and_mails_the_submitter_in_dutch()
    {
        var word = $"Kwispel{Guid.NewGuid().ToString("n")[..6]}";
        var sent = await SendAsync(Proposed(LocalizedText.Of(nl: $"Lotgenotengroep {word}")), Culture.Nl, "an.approve@example.org");

        var result = await Desk.ApproveAsync(sent.Id, 1, Cartography.Data.Writing.Actor.Editor("editor@example.org"));
        await site.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

        Assert.Equal(ModerationStatus.Done, result.Status);
        Assert.Equal(EmailStatus.Written, result.Email!.Status);
        var initiative = Snapshot.FindInitiative(result.InitiativeId!.Value)!.Content;
        Assert.Equal(Cartography.Core.Places.BelgianTime.DateOf(DateTimeOffset.UtcNow), initiative.LastVerified);
        var client = site.CreateClient();
        foreach (var culture in Culture.All)
        {
            var search = await client.GetFromJsonAsync<JsonElement>($"/api/v1/search?q={word}&culture={culture.Code}");
            Assert.Equal(result.InitiativeId.Value.ToString(), Assert.Single(search.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
            var page = await Html.ParseAsync(await client.GetAsync(Links.Initiative(culture, initiative)));
            Assert.Contains(word, page.QuerySelector("h1")!.TextContent);
            // Written in Dutch only: the other cultures show the Dutch name in its language, a proper name, not marked untranslated.
            Assert.Equal(culture == Culture.Nl ? null : "nl", page.QuerySelector("h1 [lang]")?.GetAttribute("lang"));
            Assert.DoesNotContain("vertaald", page.QuerySelector("h1")!.TextContent);
        }
        var mail = await MailToAsync("an.approve@example.org");
        Assert.Equal($"Uw initiatief \"Lotgenotengroep {word}\" is gepubliceerd", mail.Subject);
        Assert.StartsWith("Beste An Peeters,", mail.TextBody);
        Assert.Contains($"{Base}/nl/initiatives/lotgenotengroep-{word.ToLowerInvariant()}", mail.TextBody);
    }

    [Fact]
    public async Task Rejecting_mails_the_submitter_the_reason_in_french()
    {
        var sent = await SendAsync(Proposed(LocalizedText.Of(fr: Unique("Club de bridge"))), Culture.Fr, "an.reject@example.org");

        var result = await Desk.RejectAsync(sent.Id, 1, "Il ne s'agit pas de soutien par les pairs.", "editor@example.org");

        Assert.Equal((ModerationStatus.Done, EmailStatus.Written), (result.Status, result.Email!.Status));
        var mail = await MailToAsync("an.reject@example.org");
        Assert.StartsWith("Votre proposition «\u202FClub de bridge", mail.Subject);
        Assert.Contains("Il ne s'agit pas de soutien par les pairs.", mail.TextBody);
        Assert.StartsWith("Bonjour An Peeters,", mail.TextBody);
    }

    [Fact]
    public async Task Marking_as_a_duplicate_mails_the_link_to_the_initiative_already_published_in_english()
    {
        var existing = Snapshot.Initiatives[0];
        var sent = await SendAsync(Proposed(LocalizedText.Of(en: Unique("Peer group"))), Culture.En, "an.duplicate@example.org");

        var result = await Desk.MarkDuplicateAsync(sent.Id, 1, existing.Id, "editor@example.org");

        Assert.Equal(ModerationStatus.Done, result.Status);
        var mail = await MailToAsync("an.duplicate@example.org");
        Assert.StartsWith("Your submission \"Peer group", mail.Subject);
        Assert.Contains(Base + Links.Initiative(Culture.En, existing.Content), mail.TextBody);
    }

    [Fact]
    public async Task The_queue_shows_the_submission_with_its_duplicate_flag_and_the_submission_page_shows_who_sent_it()
    {
        var existing = Snapshot.Initiatives.First(i => i.Content.Website is not null);
        var name = Unique("Doublon possible");
        var sent = await SendAsync(Proposed(LocalizedText.Of(fr: name), website: existing.Content.Website), Culture.Fr, "an.queue@example.org");
        var client = await site.SignInAsAsync(BackofficeRoles.Editor);

        var queue = await Html.ParseAsync(await client.GetAsync("/backoffice/moderation"));
        var detail = await Html.ParseAsync(await client.GetAsync($"/backoffice/moderation/{sent.Id}"));

        var row = queue.QuerySelectorAll("table.moderation-queue tbody tr").Single(r => r.TextContent.Contains(name));
        Assert.Equal($"/backoffice/moderation/{sent.Id}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Hasselt", row.TextContent);
        Assert.NotNull(row.QuerySelector(".badge-duplicate"));
        Assert.DoesNotContain("an.queue@example.org", queue.Body!.OuterHtml);
        Assert.Contains("an.queue@example.org", detail.QuerySelector(".private-details")!.TextContent);
        Assert.Contains("An Peeters", detail.QuerySelector(".private-details")!.TextContent);
        Assert.NotNull(detail.QuerySelector($".duplicates li.duplicate-published[data-id='{existing.Id}']"));
        Assert.Contains(name, detail.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_dashboard_and_the_menu_count_what_waits()
    {
        await SendAsync(Proposed(LocalizedText.Of(fr: Unique("En attente"))), Culture.Fr, "an.count@example.org");
        var pending = (await Store.PendingAsync(1, 1)).Total;
        var client = await site.SignInAsAsync(BackofficeRoles.Editor);

        var home = await Html.ParseAsync(await client.GetAsync("/backoffice"));

        Assert.Contains(pending.ToString(), home.QuerySelector("#moderation-panel + .figure")!.TextContent);
        Assert.Contains($"({pending})", home.QuerySelector("nav.site-nav a[href='/backoffice/moderation']")!.TextContent);
    }

    [Fact]
    public async Task No_log_line_carries_a_submitters_name_or_address()
    {
        var name = Unique("Journal");
        var sent = await SendAsync(Proposed(LocalizedText.Of(fr: name)), Culture.Fr, "an.logs@example.org");
        await Desk.RejectAsync(sent.Id, 1, "Hors champ", "editor@example.org");
        var client = await site.SignInAsAsync(BackofficeRoles.Editor);
        await client.GetAsync($"/backoffice/moderation/{sent.Id}");

        var logs = Path.Combine(site.DataPath, "logs");
        var text = Directory.Exists(logs)
            ? string.Concat(Directory.GetFiles(logs, "*", SearchOption.AllDirectories).Select(f => ReadShared(f)))
            : "";
        // The log did receive this decision's email line (its subject names the initiative), so its absence of the rest means something.
        Assert.Contains(name, text);
        Assert.DoesNotContain("an.logs@example.org", text);
        Assert.DoesNotContain("An Peeters", text);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
