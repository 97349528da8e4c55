using System.Globalization;
using System.Text;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Freshness;
using Cartography.Web.Features.Email;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Freshness;

/// <summary>
/// The reminder's text, in the language the contact most likely reads (see <see cref="CultureFor"/>), with its links
/// repeated in English at the end.
/// </summary>
public sealed class ReminderMail(IStringLocalizer<SharedResource> localizer, PublicAddress address)
{
    /// <summary>
    /// Dutch in Flanders, and in Brussels for a service that works in Dutch but not in French; French elsewhere
    /// (Wallonia, most of Brussels, and an address whose region is unknown).
    /// </summary>
    public static Culture CultureFor(Initiative initiative)
    {
        if (initiative.Region == Region.Flanders) return Culture.Nl;
        if (initiative.Region == Region.Brussels && initiative.Languages.Contains("nl") && !initiative.Languages.Contains("fr")) return Culture.Nl;
        return Culture.Fr;
    }

    public EmailMessage For(IssuedReminder reminder)
    {
        var culture = CultureFor(reminder.Initiative);
        var site = address.Base();
        var text = new StringBuilder();
        string subject = "";
        InCulture.Write(culture, () =>
        {
            var L = localizer;
            var initiative = reminder.Initiative;
            var name = initiative.Name.For(culture).Text;
            subject = L["Verify_Mail_Subject", name];
            text.AppendLine(L["Verify_Mail_Greeting"]).AppendLine()
                .AppendLine(L["Verify_Mail_Intro", name]).AppendLine(site + Links.Initiative(culture, initiative)).AppendLine()
                .AppendLine(initiative.LastVerified is { } verified ? L["Verify_Mail_LastVerified", Date(L, culture, verified)] : L["Verify_Mail_NeverVerified"])
                .AppendLine()
                .AppendLine(L["Verify_Mail_Confirm"]).AppendLine(site + Links.Verify(culture, reminder.Token)).AppendLine()
                .AppendLine(L["Verify_Mail_Change"]).AppendLine(site + Links.Register(culture, reminder.InitiativeId)).AppendLine()
                .AppendLine(L["Verify_Mail_Expiry", Date(L, culture, BelgianTime.DateOf(reminder.ExpiresAt))]).AppendLine()
                .AppendLine(L["Verify_Mail_Why"]).AppendLine()
                .AppendLine(L["Verify_Mail_Thanks"]).AppendLine(L["Verify_Mail_Team"]);
            return text;
        });
        InCulture.Write(Culture.En, () => text.AppendLine().AppendLine("-- ")
            .AppendLine(localizer["Verify_Mail_Intro", reminder.Initiative.Name.For(Culture.En).Text])
            .AppendLine(site + Links.Initiative(Culture.En, reminder.Initiative))
            .AppendLine(localizer["Verify_Mail_Confirm"]).AppendLine(site + Links.Verify(Culture.En, reminder.Token))
            .AppendLine(localizer["Verify_Mail_Change"]).AppendLine(site + Links.Register(Culture.En, reminder.InitiativeId)));
        return new EmailMessage(reminder.Email, subject, text.ToString());
    }

    private static string Date(IStringLocalizer L, Culture culture, DateOnly date) => date.ToString(L["DateFormat"], new CultureInfo(culture.Code));
}
