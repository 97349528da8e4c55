using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Writing;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.ReadModel;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Browser.Tests;

/// <summary>
/// The site's own pages in a browser: a page and a child page pass axe at phone and desktop sizes in the three
/// languages without sideways scrolling, and an editor writes a page in three languages and publishes it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SitePageTests(BrowserSite site)
{
    private static readonly (string Name, int Width, int Height)[] Sizes = [("phone", 390, 844), ("desktop", 1366, 900)];

    [Fact]
    public async Task A_page_and_a_child_page_have_no_WCAG_21_AA_violation_on_a_phone_and_a_desktop_in_each_language()
    {
        await EnsurePagesAsync();
        var problems = new List<string>();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        foreach (var (name, width, height) in Sizes)
        {
            var page = await site.OpenAsync("about:blank", new() { ViewportSize = new() { Width = width, Height = height } });
            foreach (var (culture, parent, child) in new[] { ("fr", "guide-essai", "chapitre-essai"), ("nl", "testgids", "testhoofdstuk"), ("en", "test-guide", "test-chapter") })
            {
                foreach (var (kind, path) in new[] { ("page", $"/{culture}/{parent}"), ("child", $"/{culture}/{parent}/{child}") })
                {
                    var response = await page.GotoAsync(path);
                    Assert.Equal(200, response!.Status);
                    var result = await page.RunAxe(AccessibilityTests.Wcag21AA);
                    problems.AddRange(result.Violations.Select(v => $"{path} {name}: {v.Id} {v.Nodes.First().Target}"));
                    var sideways = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
                    if (sideways) problems.Add($"{path} {name}: scrolls sideways");
                    await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"site-{kind}-{culture}-{name}.png"), FullPage = true });
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task An_editor_writes_a_page_in_three_languages_and_publishes_it_from_the_back_office()
    {
        var page = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor, "fr-BE");
        await page.GotoAsync("/backoffice/pages/new");
        await page.Locator("form.new-item[data-interactive=true]").WaitForAsync();
        await page.FillAsync("#new-name", "Page écrite au navigateur");
        await page.Locator("#new-name").BlurAsync();
        await page.ClickAsync("form.new-item button[type=submit]");

        await page.Locator("form.editor-form[data-interactive=true]").WaitForAsync();
        await WriteAsync(page, "fr", null, "Écrite pour le test.", "## Une partie\n\nDu texte.");
        await page.ClickAsync("[data-culture=nl]");
        await WriteAsync(page, "nl", "Pagina geschreven in de browser", "Geschreven voor de test.", "## Een deel\n\nTekst.");
        await page.ClickAsync("[data-culture=en]");
        await WriteAsync(page, "en", "Page written in the browser", "Written for the test.", "## A part\n\nText.");
        await page.ClickAsync(".editor-form button[type=submit]");
        await Assertions.Expect(page.Locator(".editor-message")).ToContainTextAsync("version 2");
        await page.ClickAsync(".editor-form .actions button:has-text('Publier')");
        await page.ClickAsync(".confirm-publish");
        await Assertions.Expect(page.Locator(".editor-header .badge")).ToHaveTextAsync("Publié");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "backoffice-page-en.png"), FullPage = true });
        var editor = await page.RunAxe(AccessibilityTests.Wcag21AA);
        await page.GotoAsync("/backoffice/pages");
        await page.Locator("table.page-tree tbody tr").First.WaitForAsync();
        await Assertions.Expect(page.Locator("table.page-tree")).ToContainTextAsync("Page écrite au navigateur");
        var tree = await page.RunAxe(AccessibilityTests.Wcag21AA);

        var visitor = await site.OpenAsync("about:blank");
        foreach (var (path, title) in new[] { ("/fr/page-ecrite-au-navigateur", "Page écrite au navigateur"), ("/nl/pagina-geschreven-in-de-browser", "Pagina geschreven in de browser"), ("/en/page-written-in-the-browser", "Page written in the browser") })
        {
            // This node shows a publication at once; a visitor reloads in case it takes a moment.
            var response = await visitor.GotoAsync(path);
            for (var attempt = 0; attempt < 20 && response!.Status != 200; attempt++)
            {
                await Task.Delay(500);
                response = await visitor.GotoAsync(path);
            }
            await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync(title);
        }
        Assert.True(editor.Violations.Length == 0, "editor: " + AccessibilityTests.Describe(editor.Violations));
        Assert.True(tree.Violations.Length == 0, "tree: " + AccessibilityTests.Describe(tree.Violations));
    }

    private static async Task WriteAsync(IPage page, string culture, string? title, string summary, string body)
    {
        if (title is not null)
        {
            await page.FillAsync($"#title-{culture}", title);
            await page.Locator($"#title-{culture}").BlurAsync();
        }
        await page.FillAsync($"#summary-{culture}", summary);
        await page.Locator($"#summary-{culture}").BlurAsync();
        await page.FillAsync($"#body-{culture}", body);
        await page.Locator($"#body-{culture}").BlurAsync();
    }

    /// <summary>A guide with a long body and one chapter, published once on the shared site through the content service.</summary>
    private async Task EnsurePagesAsync()
    {
        var content = site.Services.GetRequiredService<ContentService>();
        var editor = Actor.Editor("browser-tests");
        var guide = await content.CreateAsync(editor, new Page
        {
            Title = LocalizedText.Of(fr: "Guide d'essai pour le navigateur", nl: "Testgids voor de browser met ervaringsdeskundigheid", en: "Test guide for the browser"),
            Summary = LocalizedText.Of(fr: "Un guide pour tester.", nl: "Een gids om te testen.", en: "A guide to test with."),
            Body = LocalizedText.Of(
                fr: "Introduction.\n\n## Préparer l'équipe\n\nTexte.\n\n## Recruter\n\nTexte.\n\n### Le profil\n\nTexte.",
                en: "Introduction.\n\n## Preparing the team\n\nText.\n\n## Recruiting\n\nText.\n\n### The profile\n\nText."),
            Slug = LocalizedText.Of(fr: "guide-essai", nl: "testgids", en: "test-guide"),
            Blocks = [PageBlocks.Children, PageBlocks.Operator, PageBlocks.Attribution],
        }, key: "browser-test-guide");
        if (guide.Status == Cartography.Data.Editorial.EditStatus.KeyTaken) return;
        Assert.True(guide.Succeeded, guide.Status.ToString());
        await content.PublishAsync<Page>(editor, guide.ItemId);
        var chapter = await content.CreateAsync(editor, new Page
        {
            Title = LocalizedText.Of(fr: "Chapitre d'essai", nl: "Testhoofdstuk", en: "Test chapter"),
            Summary = LocalizedText.Of(fr: "Un chapitre.", nl: "Een hoofdstuk.", en: "A chapter."),
            Body = LocalizedText.Of(fr: "Le chapitre.", nl: "Het hoofdstuk.", en: "The chapter."),
            Slug = LocalizedText.Of(fr: "chapitre-essai", nl: "testhoofdstuk", en: "test-chapter"),
            ParentId = guide.ItemId, Order = 1,
        }, key: "browser-test-chapter");
        await content.PublishAsync<Page>(editor, chapter.ItemId);
        await site.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();
    }
}
