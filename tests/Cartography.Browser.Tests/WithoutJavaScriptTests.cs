using System.Text.RegularExpressions;

namespace Cartography.Browser.Tests;

/// <summary>With JavaScript off, the home page is the list with a GET filter form.</summary>
[Collection(BrowserCollection.Name)]
public class WithoutJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task The_home_page_is_the_list_and_its_form_filters_by_get()
    {
        var page = await site.OpenAsync("/fr/", new() { JavaScriptEnabled = false });

        await Assertions.Expect(page.Locator("#map")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".result-count")).ToHaveTextAsync("24 initiatives trouvées");
        await Assertions.Expect(page.Locator(".result-list > .result")).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator("#near-me")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("label[for=sector-addiction] .facet-count")).ToHaveTextAsync(new Regex(@"^\(\d+\)$"));
        var addiction = await page.Locator("label[for=sector-addiction] .facet-count").InnerTextAsync();

        await page.Locator("#sector-addiction").CheckAsync();
        await page.Locator(".more-filters > summary").ClickAsync();
        await page.Locator("#province-liege").CheckAsync();
        await page.Locator(".filter-apply").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/fr/\?q=&sector=addiction&province=liege$"));
        var expected = await MapPage.ApiTotalAsync(site, "culture=fr&sector=addiction&province=liege");
        await Assertions.Expect(page.Locator(".result-count")).ToHaveTextAsync(expected == 1 ? "1 initiative trouvée" : $"{expected} initiatives trouvées");
        await Assertions.Expect(page.Locator(".result-list > .result")).ToHaveCountAsync(expected);
        Assert.True(await page.Locator("#sector-addiction").IsCheckedAsync());
        Assert.True(expected is > 0 and < 24);
        Assert.NotEqual("(0)", addiction);
    }

    [Fact]
    public async Task The_list_is_paged_and_the_text_search_works_without_javascript()
    {
        var page = await site.OpenAsync("/en/", new() { JavaScriptEnabled = false });

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator(".pager [aria-current=page]")).ToHaveTextAsync("Page 2 of 2");
        await Assertions.Expect(page.Locator(".result-list > .result")).ToHaveCountAsync(4);

        await page.Locator("#q").FillAsync("housing first");
        await page.Locator("#q").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q=housing\+first"));
        await Assertions.Expect(page.Locator(".result-list .result h3").First).ToContainTextAsync("Housing First");
    }
}
