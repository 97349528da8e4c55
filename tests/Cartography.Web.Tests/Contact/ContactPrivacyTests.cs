using System.Net;
using Cartography.Data.Storage;

using Cartography.Web.Tests.Email;
using Cartography.Web.Tests.Registration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Contact;

/// <summary>A contact message is private: none of it reaches a public page, an API answer, an export or a log line.</summary>
public class ContactPrivacyTests(ContactFactory factory) : IClassFixture<ContactFactory>
{
    [Fact]
    public async Task Nothing_of_a_message_reaches_public_pages_api_answers_exports_or_logs()
    {
        var marker = Guid.NewGuid().ToString("n")[..12];
        var client = factory.CreatePlainClient();
        Assert.Equal(HttpStatusCode.SeeOther, (await client.SendAsync("/fr/contact", ContactForms.Valid(marker))).StatusCode);
        Assert.Single(await factory.StoredAsync(marker));

        string[] publicAnswers =
        [
            "/fr/", "/nl/", "/en/", "/fr/?q=Visitor", "/fr/resources", "/en/resources", "/fr/contact", "/fr/contact/sent", "/fr/portraits",
            "/api/v1/initiatives?culture=fr&take=100", "/api/v1/search?culture=fr&q=Visitor", "/api/v1/suggest?culture=fr&q=Visi",
        ];
        foreach (var address in publicAnswers)
        {
            var body = await client.GetStringAsync(address);
            Assert.DoesNotContain(marker, body);
        }
        var editor = await Cartography.Web.Tests.Backoffice.BackofficeSignIn.SignInAsAsync(factory, Cartography.Web.Features.Backoffice.BackofficeRoles.Editor);
        var export = await editor.GetStringAsync("/backoffice/export/initiatives.csv");
        Assert.DoesNotContain(marker, export);
        foreach (var log in Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "*", SearchOption.AllDirectories))
        {
            using var reader = new StreamReader(new FileStream(log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            Assert.DoesNotContain(marker, await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task The_back_office_lists_the_message_as_unread_and_opening_it_marks_it_read_with_an_audit_entry_without_its_content()
    {
        var marker = Guid.NewGuid().ToString("n")[..12];
        Assert.Equal(HttpStatusCode.SeeOther, (await factory.CreatePlainClient().SendAsync("/en/contact", ContactForms.Valid(marker))).StatusCode);
        var stored = Assert.Single(await factory.StoredAsync(marker));
        var editor = await Cartography.Web.Tests.Backoffice.BackofficeSignIn.SignInAsAsync(factory, Cartography.Web.Features.Backoffice.BackofficeRoles.Editor);

        var unread = await factory.Messages.PageAsync(Cartography.Data.Contact.ContactFilter.Unread, 0, 200);
        var page = await editor.GetAsync($"/backoffice/messages/{stored.Id}", expectOk: true);
        var after = Assert.Single(await factory.StoredAsync(marker));

        Assert.Contains(unread.Messages, m => m.Id == stored.Id);
        Assert.Contains(marker, page.QuerySelector(".message-text")!.TextContent);
        Assert.NotNull(after.ReadUtc);
        Assert.NotNull(after.ReadBy);
        await using var context = factory.Services.GetRequiredService<CartographyDatabase>().CreateContext();
        var audit = await context.AuditEntries.AsNoTracking().Where(e => e.Action == "contact-read" && e.Subject!.Contains(stored.Id.ToString())).ToListAsync();
        var entry = Assert.Single(audit);
        Assert.DoesNotContain(marker, $"{entry.Subject} {entry.Detail}");
        Assert.True(await factory.Messages.MarkAnsweredAsync(stored.Id, "someone"));
        Assert.Contains((await factory.Messages.PageAsync(Cartography.Data.Contact.ContactFilter.Answered, 0, 200)).Messages, m => m.Id == stored.Id);
        Assert.DoesNotContain((await factory.Messages.PageAsync(Cartography.Data.Contact.ContactFilter.Unread, 0, 200)).Messages, m => m.Id == stored.Id);
    }
}

/// <summary>Messages past <c>ContactRetention.Period</c> are erased by the scheduler; younger ones stay.</summary>
public class ContactErasureTests
{
    private sealed class FastScheduler : ContactFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cartography:Scheduling:Interval", "00:00:01");
        }
    }

    [Fact]
    public async Task A_message_older_than_a_year_is_erased_and_a_younger_one_is_kept()
    {
        using var site = new FastScheduler();
        site.CreateClient();
        var now = DateTime.UtcNow;
        var (old, young) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var context = site.Services.GetRequiredService<CartographyDatabase>().CreateContext())
        {
            context.ContactMessages.Add(Row(old, now.AddDays(-366)));
            context.ContactMessages.Add(Row(young, now.AddDays(-364)));
            await context.SaveChangesAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await site.Messages.FindAsync(old) is not null && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Null(await site.Messages.FindAsync(old));
        Assert.NotNull(await site.Messages.FindAsync(young));
    }

    private static ContactMessageRow Row(Guid id, DateTime received) => new()
    {
        Id = id, ReceivedUtc = received, Culture = "fr", Name = "Ancien", Email = "old@example.org", Subject = "other", Message = "old message",
    };
}

/// <summary>The contact form shares the registration's guards: posts per window and request size.</summary>
public class ContactLimitsTests
{
    private sealed class TightContact : ContactFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cartography:Registration:PostsPerWindow", "2");
        }
    }

    [Fact]
    public async Task Posts_over_the_limit_get_429_with_retry_after_in_the_pages_language_and_are_not_stored()
    {
        using var site = new TightContact();
        var client = site.CreatePlainClient();
        var marker = Guid.NewGuid().ToString("n")[..10];

        var first = await client.SendAsync("/en/contact", ContactForms.Valid(marker + "a"));
        var second = await client.SendAsync("/en/contact", ContactForms.Valid(marker + "b"));
        var third = await client.SendAsync("/nl/contact", ContactForms.Valid(marker + "c"));

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("Te veel verzendingen", (await Html.ParseAsync(third)).QuerySelector("h1")!.TextContent);
        Assert.Empty(await site.StoredAsync(marker + "c"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/nl/contact")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_post_is_refused_with_413_and_not_stored()
    {
        using var site = new ContactFactory();
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await site.CreatePlainClient().SendAsync("/fr/contact", ContactForms.Valid(marker).With("Form.Message", marker + new string('é', 80_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("fr", (await Html.ParseAsync(response)).DocumentElement.GetAttribute("lang"));
        Assert.Empty(await site.StoredAsync(marker));
    }
}

/// <summary>The editors' copy through a real SMTP conversation; a message whose email fails stays stored and listed.</summary>
public class ContactSmtpTests
{
    private sealed class SmtpContact(int port, string? contactEmail = ContactFactory.EditorsAddress) : ContactFactory
    {
        protected override string? ContactEmail => contactEmail;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cartography:Email:Host", "127.0.0.1");
            builder.UseSetting("Cartography:Email:Port", port.ToString());
            builder.UseSetting("Cartography:Email:Security", "None");
            builder.UseSetting("Cartography:Email:TimeoutSeconds", "5");
        }
    }

    [Fact]
    public async Task The_editors_copy_goes_through_the_smtp_server_as_plain_text_with_the_visitor_to_reply_to()
    {
        await using var smtp = new LoopbackSmtpServer();
        using var site = new SmtpContact(smtp.Port);
        var marker = Guid.NewGuid().ToString("n")[..10];
        var fields = ContactForms.Valid(marker).With("Form.Message", $"<script>alert('{marker}')</script>\nSubject: forged").With("Form.Name", $"Eve {marker}\r\nBcc: all@example.org");

        var response = await site.CreatePlainClient().SendAsync("/en/contact", fields);

        Assert.Equal("/en/contact/sent", response.PathOfLocation());
        var mail = Assert.Single(smtp.Received);
        Assert.Equal([ContactFactory.EditorsAddress], mail.To);
        var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));
        Assert.Equal("text/plain", message.Body.ContentType.MimeType);
        Assert.Empty(message.Bcc);
        Assert.Equal("[Peer Support Map] Contact message: A question", message.Subject);
        Assert.Contains($"Your name: Eve {marker} Bcc: all@example.org\n", message.TextBody.Replace("\r\n", "\n"));
        Assert.Contains($"<script>alert('{marker}')</script>", message.TextBody);
        Assert.True(Assert.Single(await site.StoredAsync(marker)).Emailed);
    }

    [Fact]
    public async Task When_the_email_fails_the_message_is_kept_marked_not_emailed_and_the_visitor_is_still_thanked()
    {
        await using var smtp = new LoopbackSmtpServer(refuseRecipients: true);
        using var site = new SmtpContact(smtp.Port);
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await site.CreatePlainClient().SendAsync("/fr/contact", ContactForms.Valid(marker));

        Assert.Equal("/fr/contact/sent", response.PathOfLocation());
        Assert.False(Assert.Single(await site.StoredAsync(marker)).Emailed);
    }

    [Fact]
    public async Task Without_an_editors_address_the_message_is_only_stored()
    {
        await using var smtp = new LoopbackSmtpServer();
        using var site = new SmtpContact(smtp.Port, contactEmail: null);
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await site.CreatePlainClient().SendAsync("/nl/contact", ContactForms.Valid(marker));

        Assert.Equal("/nl/contact/sent", response.PathOfLocation());
        Assert.Empty(smtp.Received);
        Assert.False(Assert.Single(await site.StoredAsync(marker)).Emailed);
    }
}
