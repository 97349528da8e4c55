using Cartography.Data.Import;
using Cartography.Web.Features.ReadModel;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Browser.Tests;

/// <summary>An initiative written in French only, read in Dutch on a phone: one note near the top, the texts in their lang, axe-clean.</summary>
[Collection(PublishingCollection.Name)]
public class FallbackNoteTests(BrowserSite site)
{
    [Fact]
    public async Task An_untranslated_initiative_says_so_once_near_the_top_and_passes_axe_on_a_phone()
    {
        var csv = string.Join(",", CsvColumns.All) + "\n" +
            "alleen-frans-1,Rien qu'en français,,,\"Un accueil **entre pairs** : chaque lundi !\",,,,mental-health,groups,volunteer,,4000,Liège,50.63,5.57,,,,fr,,true";
        await site.Services.GetRequiredService<InitiativeCsvImporter>().ImportAsync(new StringReader(csv), Cartography.Data.Writing.Actor.System("test"));
        await site.Services.GetRequiredService<DirectoryLoader>().CatchUpAsync();

        var page = await site.OpenAsync("/nl/initiatives/rien-qu-en-francais", new() { ViewportSize = new() { Width = 390, Height = 844 } });

        var note = page.Locator(".fallback-note");
        await Assertions.Expect(note).ToHaveCountAsync(1);
        await Assertions.Expect(note).ToHaveTextAsync("Sommige delen van deze pagina zijn nog niet vertaald en worden in het Frans getoond.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.fallback-note').getBoundingClientRect().bottom <= window.innerHeight"));
        await Assertions.Expect(page.Locator(".prose[lang=fr]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("h1 [lang=fr]")).ToHaveTextAsync("Rien qu'en français");
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "fallback-note-nl-390.png"), FullPage = true });
        var result = await page.RunAxe(AccessibilityTests.Wcag21AA);

        Assert.True(result.Violations.Length == 0, AccessibilityTests.Describe(result.Violations));
        await page.Context.CloseAsync();
    }
}
