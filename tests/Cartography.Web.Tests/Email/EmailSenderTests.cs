using Cartography.Web.Features.Email;
using Cartography.Web.Features.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cartography.Web.Tests.Email;

public sealed class EmailSenderTests : IDisposable
{
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cartography-email-tests", Guid.NewGuid().ToString("n"));

    private EmailSender Sender(EmailOptions options) => new(Options.Create(options), new DataFolder(dataPath), NullLogger<EmailSender>.Instance);

    private static readonly EmailMessage Message = new("Marie Peeters <marie@example.org>", "Uw inschrijving is ontvangen", "Dank u. We bekijken ze binnenkort.");

    [Fact]
    public async Task Without_a_server_a_message_is_written_as_an_eml_file_in_the_data_folder()
    {
        var outcome = await Sender(new EmailOptions()).SendAsync(Message);

        Assert.Equal(EmailStatus.Written, outcome.Status);
        Assert.StartsWith(Path.Combine(dataPath, "mail"), outcome.Detail);
        var written = await MimeMessage.LoadAsync(outcome.Detail!);
        Assert.Equal("marie@example.org", written.To.Mailboxes.Single().Address);
        Assert.Equal("Uw inschrijving is ontvangen", written.Subject);
        Assert.Contains("We bekijken ze binnenkort.", written.TextBody);
    }

    [Fact]
    public async Task With_a_server_the_message_goes_through_a_real_smtp_conversation()
    {
        await using var server = new LoopbackSmtpServer();
        var sender = Sender(new EmailOptions { Host = "127.0.0.1", Port = server.Port, Security = EmailSecurity.None, From = "Cartographie <noreply@example.org>" });

        var outcome = await sender.SendAsync(Message);

        Assert.Equal(EmailStatus.Sent, outcome.Status);
        var mail = Assert.Single(server.Received);
        Assert.Equal("noreply@example.org", mail.From);
        Assert.Equal(["marie@example.org"], mail.To);
        Assert.Contains("Subject: Uw inschrijving is ontvangen", mail.Data);
        Assert.False(Directory.Exists(Path.Combine(dataPath, "mail")));
    }

    [Fact]
    public async Task A_refused_recipient_is_a_failure_not_an_exception()
    {
        await using var server = new LoopbackSmtpServer(refuseRecipients: true);
        var sender = Sender(new EmailOptions { Host = "127.0.0.1", Port = server.Port, Security = EmailSecurity.None });

        var outcome = await sender.SendAsync(Message);

        Assert.Equal(EmailStatus.Failed, outcome.Status);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_is_a_failure_not_an_exception()
    {
        var sender = Sender(new EmailOptions { Host = "127.0.0.1", Port = 9, Security = EmailSecurity.None, TimeoutSeconds = 5 });

        Assert.Equal(EmailStatus.Failed, (await sender.SendAsync(Message)).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address")]
    [InlineData("marie")]
    public async Task A_bad_address_is_refused_before_anything_is_sent(string to)
    {
        var outcome = await Sender(new EmailOptions()).SendAsync(Message with { To = to });

        Assert.Equal(EmailStatus.BadAddress, outcome.Status);
        Assert.False(Directory.Exists(Path.Combine(dataPath, "mail")));
    }

    public void Dispose()
    {
        if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
    }
}
