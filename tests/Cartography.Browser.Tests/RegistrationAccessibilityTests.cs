using System.Text.RegularExpressions;
using Cartography.Web.Features.Backoffice;
using Deque.AxeCore.Playwright;
using static Cartography.Browser.Tests.AccessibilityTests;
using static Cartography.Browser.Tests.RegistrationVisitor;

namespace Cartography.Browser.Tests;

/// <summary>
/// axe-core finds no WCAG 2.1 A or AA failure on the registration pages (the form, its errors, the thank-you page,
/// the edit link), the privacy notice, the freshness page of an unknown link, and the moderation pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public class RegistrationAccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("/fr/register", "h1", "Inscrire une initiative de pair-aidance")]
    [InlineData("/en/register/received", "h1", "Thank you, your submission has been received")]
    [InlineData("/nl/privacy", "html[lang=nl] h1", "")]
    [InlineData("/fr/verify/unknown-token", ".notice[role=alert]", "Ce lien n’est pas valide.")]
    public async Task A_public_page_has_no_WCAG_21_AA_violation(string path, string content, string text)
    {
        var page = await site.OpenAsync(path);
        await Assertions.Expect(page.Locator(content)).ToContainTextAsync(text);
        if (path.EndsWith("/register")) await page.Locator(".register-map.leaflet-container").WaitForAsync();

        var result = await page.RunAxe(Wcag21AA);

        Assert.True(result.Violations.Length == 0, path + ":\n" + Describe(result.Violations));
    }

    [Fact]
    public async Task The_dutch_form_with_its_errors_shown_has_no_violation()
    {
        var page = await site.OpenAsync("/nl/register");
        await page.FillAsync("#name-nl", "Alleen een naam");
        await page.FillAsync("#postal-code", "12");
        await page.FillAsync("#submitter-email", "geen-adres");
        await SubmitButton(page).ClickAsync();
        await Assertions.Expect(ErrorSummary(page)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".field-error").First).ToBeVisibleAsync();
        await page.Locator(".register-map.leaflet-container").WaitForAsync();

        var result = await page.RunAxe(Wcag21AA);
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "register-nl-errors.png"), FullPage = true });

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.Contains(result.Passes, rule => rule.Id == "color-contrast");
    }

    [Fact]
    public async Task The_edit_link_page_of_a_pending_submission_has_no_violation()
    {
        var link = await RegisterAsync(site, "en", $"Peer circle {NewMarker()}");
        var page = await site.OpenAsync(link);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your submission");
        await Assertions.Expect(page.Locator("#name-en")).Not.ToBeEmptyAsync();
        await page.Locator(".register-map.leaflet-container").WaitForAsync();

        var result = await page.RunAxe(Wcag21AA);

        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    [Theory]
    [InlineData("en-GB", "housing")]
    [InlineData("fr-BE", "pair")]
    public async Task The_moderation_queue_and_a_submission_have_no_violation(string locale, string duplicateSearch)
    {
        var name = $"Praatgroep {NewMarker()}";
        await RegisterAsync(site, "nl", name);
        var page = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor, locale);
        var problems = new List<string>();

        await page.GotoAsync("/backoffice/moderation");
        await BackofficeSession.WaitForCircuitAsync(page);
        var link = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await Assertions.Expect(link).ToBeVisibleAsync();
        problems.AddRange((await page.RunAxe(Wcag21AA)).Violations.Select(v => "queue: " + Describe([v])));

        var href = await link.GetAttributeAsync("href");
        await page.GotoAsync(href!);
        await BackofficeSession.WaitForSubmissionPageAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(page.Locator("button.approve")).ToBeVisibleAsync();
        // The duplicate search shows its candidates too.
        await page.FillAsync("#duplicate-search", duplicateSearch);
        await Assertions.Expect(page.Locator(".search-candidates li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        problems.AddRange((await page.RunAxe(Wcag21AA)).Violations.Select(v => "submission: " + Describe([v])));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"moderation-submission-{locale}.png"), FullPage = true });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Matches(new Regex("^/backoffice/moderation/[0-9a-f-]{36}$"), href);
    }
}
