using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Registration;
using Cartography.Web.Features.Backoffice;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Browser.Tests;

/// <summary>The back office lists on a phone (390 px wide) and on a laptop: nothing cut off, no sideways scrolling, names apart from keys.</summary>
[Collection(BrowserCollection.Name)]
public class BackofficeOnAPhoneTests(BrowserSite site)
{
    private async Task SendSubmissionAsync() =>
        await site.Services.GetRequiredService<SubmissionStore>().ReceiveAsync(new Submission(new Initiative
        {
            Name = LocalizedText.Of(fr: "Groupe de parole proposé depuis un téléphone portable"), Status = "volunteer",
            Address = new Address("Rue de Fer 1", "5000", "Namur"), Sectors = ["mental-health"], Types = ["groups"],
        }, new PrivateDetails(new Submitter("Camille Dupont", "camille.phone@example.org", "Coordinatrice"), new Consent(DateTimeOffset.UtcNow, "2026-11")), null)
        {
            Culture = Culture.Fr,
        });

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task Content_and_moderation_lists_fit_the_screen_and_keep_names_apart_from_keys(int width, int height)
    {
        await SendSubmissionAsync();
        var page = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor, "fr-BE");
        await page.SetViewportSizeAsync(width, height);

        foreach (var list in new[] { "initiatives", "organisations", "resources" })
        {
            await page.GotoAsync($"/backoffice/{list}");
            await BackofficeSession.WaitForCircuitAsync(page);
            var row = page.Locator(".content-list tbody tr").Filter(new() { Has = page.Locator(".key") }).First;
            await row.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"backoffice-{list}-{width}.png"), FullPage = true });

            Assert.False(await ScrollsSidewaysAsync(page), $"/backoffice/{list} scrolls sideways at {width} px");
            var name = (await row.Locator("a").First.BoundingBoxAsync())!;
            var key = (await row.Locator(".key").BoundingBoxAsync())!;
            Assert.True(key.Y >= name.Y + name.Height - 1 || key.X >= name.X + name.Width + 4,
                $"on /backoffice/{list} at {width} px the key ({key.X},{key.Y}) touches the name ({name.X},{name.Y},{name.Width}x{name.Height})");
        }

        await page.GotoAsync("/backoffice/moderation");
        await BackofficeSession.WaitForCircuitAsync(page);
        await page.Locator(".moderation-queue tbody tr").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"backoffice-moderation-{width}.png"), FullPage = true });
        Assert.False(await ScrollsSidewaysAsync(page), $"/backoffice/moderation scrolls sideways at {width} px");
        // QuickGrid pads a page with blank rows: the submissions are the rows with a link.
        var rows = await page.Locator(".moderation-queue tbody tr:has(a)").CountAsync();
        Assert.InRange(rows, 1, 19);
        await Assertions.Expect(page.Locator(".grid-count")).ToHaveTextAsync(rows == 1 ? "1 proposition en attente" : $"{rows} propositions en attente");
    }
}
