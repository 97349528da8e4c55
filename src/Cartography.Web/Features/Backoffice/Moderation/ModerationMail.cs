using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Email;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice.Moderation;

/// <summary>
/// The messages a submitter receives about a decision, written in the language they submitted in (not the
/// moderator's), with absolute links to the public site.
/// </summary>
public sealed class ModerationMail(IStringLocalizer<SharedResource> localizer, PublicAddress address)
{
    public EmailMessage Approved(string to, string submitterName, Culture culture, Initiative published) => InCulture.Write(culture, () => new EmailMessage(to,
        localizer["Moderation_Mail_Approved_Subject", NameIn(published, culture)],
        localizer["Moderation_Mail_Approved_Text", submitterName, NameIn(published, culture), Link(culture, published)]));

    public EmailMessage Rejected(string to, string submitterName, Culture culture, Initiative proposed, string reason) => InCulture.Write(culture, () => new EmailMessage(to,
        localizer["Moderation_Mail_Rejected_Subject", NameIn(proposed, culture)],
        localizer["Moderation_Mail_Rejected_Text", submitterName, NameIn(proposed, culture), reason]));

    public EmailMessage Duplicate(string to, string submitterName, Culture culture, Initiative proposed, Initiative existing) => InCulture.Write(culture, () => new EmailMessage(to,
        localizer["Moderation_Mail_Duplicate_Subject", NameIn(proposed, culture)],
        localizer["Moderation_Mail_Duplicate_Text", submitterName, NameIn(proposed, culture), NameIn(existing, culture), Link(culture, existing)]));

    private string Link(Culture culture, Initiative initiative) => address.Base() + Links.Initiative(culture, initiative);

    private static string NameIn(Initiative initiative, Culture culture) => initiative.Name.For(culture).Text;
}
