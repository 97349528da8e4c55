using System.Text.RegularExpressions;
using MimeKit;

namespace Cartography.Browser.Tests;

/// <summary>The registration form as a visitor fills it in, and the confirmation email the site writes to its data folder.</summary>
public static partial class RegistrationVisitor
{
    /// <summary>A word of letters no other test and no seeded initiative uses: what the search looks for.</summary>
    public static string NewMarker() => "zq" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('a' + Random.Shared.Next(26))));

    public static ILocator SubmitButton(IPage page) => page.Locator("form.register-form button[type=submit]");

    public static ILocator ErrorSummary(IPage page) => page.Locator(".error-summary[role=alert]");

    /// <summary>The fields a new registration needs, in the page's language, and nothing more.</summary>
    public static async Task FillRequiredAsync(IPage page, string culture, string name, string submitterEmail)
    {
        await page.FillAsync($"#name-{culture}", name);
        await page.FillAsync($"#description-{culture}", "Peer group " + name + ", every Tuesday evening.");
        await page.CheckAsync("#sectors-mental-health");
        await page.CheckAsync("#types-groups");
        await page.CheckAsync("#status-volunteer");
        await page.FillAsync("#postal-code", "1000");
        await page.FillAsync("#city", "Brussel");
        await page.FillAsync("#submitter-name", "Submitter of " + name);
        await page.FillAsync("#submitter-email", submitterEmail);
        await page.CheckAsync("#consent");
    }

    /// <summary>Opens the form, fills what is required, sends it, and returns the private edit link from the email.</summary>
    public static async Task<string> RegisterAsync(BrowserSite site, string culture, string name)
    {
        var email = $"{NewMarker()}@example.org";
        var page = await site.OpenAsync($"/{culture}/register");
        await FillRequiredAsync(page, culture, name, email);
        await SubmitButton(page).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/{culture}/register/received$"));
        await page.Context.CloseAsync();
        return await EditLinkAsync(site, email, culture);
    }

    /// <summary>The edit link in the confirmation email to <paramref name="to"/>, read from the .eml the site wrote.</summary>
    public static async Task<string> EditLinkAsync(BrowserSite site, string to, string culture)
    {
        var folder = Path.Combine(site.DataPath, "mail");
        // The email is written before the redirect, so it is there; the short wait only covers a slow disk.
        for (var waited = 0; waited < 5000; waited += 100)
        {
            var messages = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Select(path => MimeMessage.Load(path)).Where(m => m.To.Mailboxes.Any(b => b.Address == to)).ToList()
                : [];
            if (messages.Count > 0)
            {
                var message = Assert.Single(messages);
                var match = EditLink().Match(message.TextBody ?? "");
                Assert.True(match.Success, "no edit link in the email:\n" + message.TextBody);
                Assert.StartsWith($"{site.BaseAddress}/{culture}/register/edit/", match.Value);
                return match.Value;
            }
            await Task.Delay(100);
        }
        Assert.Fail($"no email to {to} in {folder}");
        return "";
    }

    [GeneratedRegex(@"https?://\S+/[a-z]{2}/register/edit/[^\s]+")]
    private static partial Regex EditLink();
}
