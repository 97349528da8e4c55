using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Cartography.Web.Features.Backoffice;

namespace Cartography.Browser.Tests;

/// <summary>
/// The back office in a real browser: pages stay put once their circuit connects, and an editor writes a portrait in
/// French, translates it to Dutch and publishes it, with the public Dutch page showing the translation.
/// </summary>
[Collection(BrowserCollection.Name)]
public class BackofficeTests(BrowserSite site)
{
    [Theory]
    [InlineData("/backoffice", ".dashboard")]
    [InlineData("/backoffice/initiatives", ".content-list tbody tr")]
    [InlineData("/backoffice/portraits", ".content-list tbody tr")]
    [InlineData("/backoffice/taxonomy", "table.terms tbody tr")]
    [InlineData("/backoffice/audit", "table tbody tr")]
    public async Task A_back_office_page_loads_once_and_stays(string path, string content)
    {
        var page = await SignInAsync(BackofficeRoles.Admin, "fr-BE");
        var navigations = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) navigations++; };

        await page.GotoAsync(path);
        await WaitForCircuitAsync(page);
        await page.Locator(content).First.WaitForAsync();
        await Task.Delay(1500);   // a page that reloads itself does so within a few hundred milliseconds of connecting

        Assert.Equal(1, navigations);
        Assert.EndsWith(path, new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task An_editor_writes_a_portrait_in_french_translates_it_to_dutch_and_publishes_it()
    {
        var page = await SignInAsync(BackofficeRoles.Editor, "fr-BE");
        await page.GotoAsync("/backoffice/portraits/new");
        await page.Locator("form.new-item[data-interactive=true]").WaitForAsync();
        await page.FillAsync("#new-name", "Lina, pair-aidante à Charleroi");
        await page.Locator("#new-name").BlurAsync();
        await page.ClickAsync("form.new-item button[type=submit]");

        await page.Locator("form.editor-form[data-interactive=true]").WaitForAsync();
        await page.FillAsync("#summary-fr", "Lina anime un groupe de parole.");
        await page.Locator("#summary-fr").BlurAsync();
        await page.ClickAsync(".editor-form button[type=submit]");
        await Assertions.Expect(page.Locator(".editor-message")).ToContainTextAsync("version 2");

        await page.ClickAsync("[data-culture=nl]");
        await Assertions.Expect(page.Locator("[data-field=title] .reference-text")).ToContainTextAsync("Lina, pair-aidante à Charleroi");
        await page.FillAsync("#title-nl", "Lina, ervaringsdeskundige in Charleroi");
        await page.Locator("#title-nl").BlurAsync();
        await Assertions.Expect(page.Locator("[data-culture=nl] .missing-count")).ToContainTextAsync("2");
        await page.ClickAsync(".editor-form button[type=submit]");
        await Assertions.Expect(page.Locator(".editor-message")).ToContainTextAsync("version 3");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "backoffice-portrait-nl.png"), FullPage = true });

        await page.ClickAsync(".editor-form .actions button:has-text('Publier')");
        // Publishing asks once more, with a button of its own.
        await page.ClickAsync(".confirm-publish");
        await Assertions.Expect(page.Locator(".editor-header .badge")).ToHaveTextAsync("Publié");

        // The public site catches up with publications every 5 seconds; a visitor reloads until it has.
        var visitor = await site.OpenAsync("/nl/portraits");
        for (var attempt = 0; attempt < 20 && !(await visitor.Locator("main").InnerTextAsync()).Contains("Lina, ervaringsdeskundige in Charleroi"); attempt++)
        {
            await Task.Delay(1000);
            await visitor.ReloadAsync();
        }
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Lina, ervaringsdeskundige in Charleroi");
    }

    [Theory]
    [InlineData("fr-BE", "fr")]
    [InlineData("nl-BE", "nl")]
    [InlineData("en-GB", "en")]
    public async Task The_back_office_pages_have_no_WCAG_21_AA_violation_in_each_language(string locale, string culture)
    {
        var page = await SignInAsync(BackofficeRoles.Admin, locale);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        var problems = new List<string>();
        foreach (var (path, content) in new[]
        {
            ("/backoffice", ".dashboard"),
            ("/backoffice/portraits", ".content-list tbody tr"),
            ("/backoffice/initiatives/new", "form.new-item[data-interactive=true]"),
            ("/backoffice/taxonomy", "table.terms tbody tr"),
        })
        {
            await page.GotoAsync(path);
            await page.Locator(content).First.WaitForAsync();
            Assert.Equal(culture, await page.Locator("html").GetAttributeAsync("lang"));
            var result = await page.RunAxe(options);
            problems.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Nodes.Length}) {v.Nodes.First().Target}"));
        }
        // An editor with every kind of field: culture tabs, Markdown, taxonomy, the location picker.
        // Opened by its address, then waited for like every back office page: a click on the list while its circuit
        // was still starting sometimes left the editor prerendered only, and the wait below ran out.
        await page.GotoAsync("/backoffice/initiatives");
        var editor = await page.Locator(".content-list tbody tr a").First.GetAttributeAsync("href");
        await page.GotoAsync(editor!);
        await WaitForCircuitAsync(page);
        await page.Locator("form.editor-form[data-interactive=true]").WaitForAsync();
        await page.HoverAsync($"#culture-tab-{(culture == "en" ? "fr" : "en")}");   // a tab under the pointer keeps readable text
        problems.AddRange((await page.RunAxe(options)).Violations.Select(v => $"editor: {v.Id} ({v.Nodes.Length}) {v.Nodes.First().Target}"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"backoffice-initiative-{culture}.png"), FullPage = true });
        // A postal code with several places offers them (unsaved: the page is left without saving).
        await page.FillAsync("#postal-code", "1300");
        await page.PressAsync("#postal-code", "Tab");
        await Assertions.Expect(page.Locator("fieldset.place-choice input[type=radio]")).ToHaveCountAsync(2);
        problems.AddRange((await page.RunAxe(options)).Violations.Select(v => $"editor with a place choice: {v.Id} ({v.Nodes.Length}) {v.Nodes.First().Target}"));
        await page.Locator("fieldset.place-choice").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"backoffice-place-choice-{culture}.png") });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private Task<IPage> SignInAsync(string role, string locale) => BackofficeSession.SignInAsync(site, role, locale);

    private static Task WaitForCircuitAsync(IPage page) => BackofficeSession.WaitForCircuitAsync(page);
}
