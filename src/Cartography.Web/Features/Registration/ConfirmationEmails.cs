using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Registration;
using Cartography.Web.Features.Email;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Registration;

/// <summary>
/// The message a submitter gets once their submission is stored: what happens next and their private edit link,
/// in the language they wrote in. The subject names nobody (subjects are logged).
/// </summary>
public sealed class ConfirmationEmails(EmailSender sender, PublicAddress address, IStringLocalizer<SharedResource> localizer)
{
    public async Task<EmailOutcome> SendAsync(string to, Culture culture, Initiative initiative, ReceivedSubmission received,
        bool isProposal, CancellationToken cancellationToken = default)
    {
        var message = InCulture.Write(culture, () =>
        {
            var link = address.Base() + Links.EditSubmission(culture, received.EditToken);
            var expires = BelgianTime.DateOf(received.EditTokenExpiresAt).ToString(localizer["DateFormat"], CultureInfo.GetCultureInfo(culture.Code));
            var name = initiative.Name.For(culture).Text;
            var intro = localizer[isProposal ? "Register_Email_IntroChanges" : "Register_Email_Intro", name];
            var text = string.Join("\n\n", localizer["Register_Email_Greeting"], intro, localizer["Register_Email_Next"],
                localizer["Register_Email_Link", expires] + "\n" + link, localizer["Register_Email_Private"], localizer["Register_Email_Signature", localizer["SiteName"]]);
            return new EmailMessage(to, localizer[isProposal ? "Register_Email_SubjectChanges" : "Register_Email_Subject"], text);
        });
        return await sender.SendAsync(message, cancellationToken);
    }
}
