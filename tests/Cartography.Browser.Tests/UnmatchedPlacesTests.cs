using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Storage;
using Cartography.Tests.Shared;
using Cartography.Web.Features.Backoffice;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Browser.Tests;

/// <summary>The dashboard's "places not matched" on a phone and a laptop, in the three languages: readable, linked, axe clean.</summary>
[Collection(BrowserCollection.Name)]
public class UnmatchedPlacesTests(BrowserSite site)
{
    [Theory]
    [InlineData("fr-BE", 390, 844)]
    [InlineData("nl-BE", 390, 844)]
    [InlineData("en-GB", 1366, 900)]
    public async Task The_dashboard_lists_an_initiative_whose_city_names_no_place_and_links_to_its_editor(string locale, int width, int height)
    {
        // Stored as an older release would have, past today's rules: a city that is none of 4000's places. A draft only,
        // so that the public pages other tests count on this shared site stay the seed's.
        var id = await RowsPastTheRules.StoreAsync(site.Services.GetRequiredService<CartographyDatabase>(), $"unmatched-{locale}", new Initiative
        {
            Name = LocalizedText.Of(fr: "Groupe d'entraide de la ville engloutie"), Status = "volunteer", Sectors = ["addiction"], Types = ["groups"],
            Address = new Address(null, "4000", "Atlantis"),
        }, published: false);
        var page = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor, locale);
        await page.SetViewportSizeAsync(width, height);

        await page.GotoAsync("/backoffice");
        var panel = page.Locator("section[aria-labelledby=places-panel]");
        await panel.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, $"backoffice-unmatched-places-{locale}-{width}.png"), FullPage = true });

        await Assertions.Expect(panel.Locator($"a[href='{BackofficeLinks.Initiative(id)}']")).ToHaveTextAsync("Groupe d'entraide de la ville engloutie");
        // The panel itself fits (the translations table beside it is wider than a phone, as before).
        var box = (await panel.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"the panel spans {box.X}..{box.X + box.Width} on a {width} px screen");
        Assert.True(await panel.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), $"the panel scrolls sideways at {width} px");
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        var result = await panel.RunAxe(options);
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Nodes.Length}) {v.Nodes.First().Target}")));
    }
}
