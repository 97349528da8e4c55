using Cartography.Core.Contact;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Email;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Contact;

/// <summary>
/// The copy of a contact message sent to the editors' address, as plain text (nothing in it is ever read as HTML), in
/// the language the visitor wrote in. The subject names the kind of message only: subjects are logged, senders never.
/// </summary>
public sealed class ContactMail(EmailSender sender, PublicAddress address, IOptions<OperatorOptions> operatorOptions, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>Null when no editors' address is configured: the message is then only in the back office.</summary>
    public async Task<EmailOutcome?> SendAsync(ContactMessage message, Guid id, string? initiativeName, CancellationToken cancellationToken = default)
    {
        if (operatorOptions.Value.ContactEmail is not { Length: > 0 } to) return null;
        var email = InCulture.Write(message.Culture, () =>
        {
            var subject = localizer[$"Contact_Subject_{message.Subject}"].Value;
            var lines = new List<string>
            {
                localizer["Contact_Email_Intro", localizer["SiteName"]],
                $"{localizer["Contact_Name"]}: {OneLine(message.Name)}",
                $"{localizer["Contact_Email"]}: {OneLine(message.Email)}",
                $"{localizer["Contact_Subject"]}: {subject}",
                $"{localizer["Contact_Email_Language"]}: {localizer[$"LanguageName_{message.Culture.Code}"]}",
            };
            if (message.InitiativeId is { } initiative)
                lines.Add($"{localizer["Contact_Email_Initiative"]}: {OneLine(initiativeName ?? "")} {address.Base()}{Backoffice.BackofficeLinks.Initiative(initiative)}");
            lines.Add("");
            lines.Add(message.Text.Trim());
            lines.Add("");
            lines.Add(localizer["Contact_Email_Backoffice"] + " " + address.Base() + Backoffice.BackofficeLinks.Message(id));
            return new EmailMessage(to, localizer["Contact_Email_Subject", localizer["SiteName"], subject], string.Join("\n", lines))
            {
                ReplyTo = message.Email.Trim(),
            };
        });
        return await sender.SendAsync(email, cancellationToken);
    }

    /// <summary>A value meant for one line stays on one line, so it cannot pass for another field of the message.</summary>
    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
