using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Cartography.Web.Features.Hosting;

namespace Cartography.Web.Features.Email;

/// <summary>
/// Sends the site's messages through MailKit over SMTP, or writes them as .eml files when no server is configured.
/// Expected failures (a bad address, a server down) are outcomes, not exceptions; the recipient's address is never
/// logged.
/// </summary>
public sealed class EmailSender(IOptions<EmailOptions> options, DataFolder data, ILogger<EmailSender> logger)
{
    private readonly EmailOptions settings = options.Value;

    /// <summary>Where .eml files go when no SMTP server is configured.</summary>
    public string PickupFolder => Path.Combine(data.Path, settings.PickupFolder);

    public bool UsesSmtp => settings.UsesSmtp;

    public async Task<EmailOutcome> SendAsync(EmailMessage email, CancellationToken cancellationToken = default)
    {
        if (!EmailOptions.IsAddress(email.To)) return new(EmailStatus.BadAddress);
        var to = MailboxAddress.Parse(email.To);
        var message = new MimeMessage { Subject = email.Subject, Body = new TextPart("plain") { Text = email.Text } };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(to);
        if (EmailOptions.IsAddress(email.ReplyTo) && MailboxAddress.TryParse(email.ReplyTo, out var replyTo)) message.ReplyTo.Add(replyTo);
        return settings.UsesSmtp ? await SendOverSmtpAsync(message, cancellationToken) : await WriteAsync(message, cancellationToken);
    }

    private async Task<EmailOutcome> WriteAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(PickupFolder);
        var path = Path.Combine(PickupFolder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():n}.eml");
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("Email '{Subject}' written to {Path}", message.Subject, path);
        return new(EmailStatus.Written, path);
    }

    private async Task<EmailOutcome> SendOverSmtpAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            // UsesSmtp means Host is set.
            await client.ConnectAsync(settings.Host!, settings.Port, SocketOptions(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            logger.LogInformation("Email '{Subject}' sent through {Host}", message.Subject, settings.Host);
            return new(EmailStatus.Sent);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException
                                              or MailKit.CommandException or SslHandshakeException or AuthenticationException or TimeoutException)
        {
            logger.LogWarning("Email '{Subject}' not sent through {Host}: {Problem}", message.Subject, settings.Host, exception.Message);
            return new(EmailStatus.Failed, exception.Message);
        }
    }

    private static SecureSocketOptions SocketOptions(EmailSecurity security) => security switch
    {
        EmailSecurity.None => SecureSocketOptions.None,
        EmailSecurity.StartTls => SecureSocketOptions.StartTls,
        EmailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
