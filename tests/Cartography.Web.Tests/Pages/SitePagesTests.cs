using System.Net;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Editorial;
using Cartography.Data.Writing;
using Cartography.Search.ReadModel;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Pages;

/// <summary>The site's own pages as a visitor reaches them: a handbook (tests/Shared/pages/) with two chapters and a footer page.</summary>
public class SitePagesTests(FixturePagesFactory site) : IClassFixture<FixturePagesFactory>
{
    [Fact]
    public async Task A_child_page_answers_under_its_parent_with_breadcrumbs_and_the_next_chapter()
    {
        var page = await site.CreateClient().GetAsync("/en/test-handbook/first-chapter", expectOk: true);

        Assert.Equal("First chapter", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("The beginning.", page.QuerySelector("p.lead")!.TextContent);
        Assert.Equal("The beginning.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(["/en/", "/en/test-handbook", "/en/test-handbook/first-chapter"],
            page.QuerySelectorAll("nav.breadcrumb a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Home", "Test handbook", "First chapter"], page.QuerySelectorAll("nav.breadcrumb a").Select(a => a.TextContent));
        Assert.Null(page.QuerySelector(".page-neighbours a[rel=prev]"));
        Assert.Equal("/en/test-handbook/second-chapter", page.QuerySelector(".page-neighbours a[rel=next]")!.GetAttribute("href"));
        var second = await site.CreateClient().GetAsync("/en/test-handbook/second-chapter", expectOk: true);
        Assert.Equal("/en/test-handbook/first-chapter", second.QuerySelector(".page-neighbours a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".page-neighbours a[rel=next]"));
    }

    [Theory]
    [InlineData("fr", "/fr/manuel-essai/premier-chapitre")]
    [InlineData("nl", "/nl/testhandboek/eerste-hoofdstuk")]
    [InlineData("en", "/en/test-handbook/first-chapter")]
    public async Task A_page_names_itself_in_every_language_and_the_switch_lands_on_the_same_page(string culture, string path)
    {
        var page = await site.CreateClient().GetAsync(path, expectOk: true);

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(
            ["http://localhost/fr/manuel-essai/premier-chapitre", "http://localhost/nl/testhandboek/eerste-hoofdstuk", "http://localhost/en/test-handbook/first-chapter"],
            new[] { "fr", "nl", "en" }.Select(c => page.QuerySelector($"link[rel=alternate][hreflang={c}]")!.GetAttribute("href")));
        Assert.Equal(["/fr/manuel-essai/premier-chapitre", "/nl/testhandboek/eerste-hoofdstuk", "/en/test-handbook/first-chapter"],
            page.QuerySelectorAll("nav.languages a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_body_missing_in_the_language_is_shown_in_french_marked_so()
    {
        var page = await site.CreateClient().GetAsync("/nl/testhandboek", expectOk: true);

        Assert.Equal("Testhandboek", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", page.QuerySelector(".site-page .prose")!.GetAttribute("lang"));
        Assert.Contains("Frans", page.QuerySelector(".fallback-note")!.TextContent);
        Assert.Equal("fr", page.QuerySelector("nav.page-toc ol")!.GetAttribute("lang"));
        var english = await site.CreateClient().GetAsync("/en/test-handbook", expectOk: true);
        Assert.Null(english.QuerySelector(".site-page .prose")!.GetAttribute("lang"));
        Assert.Null(english.QuerySelector(".fallback-note"));
    }

    [Fact]
    public async Task A_long_page_has_a_table_of_contents_linking_its_headings_and_a_short_one_has_none()
    {
        var page = await site.CreateClient().GetAsync("/en/test-handbook", expectOk: true);

        var links = page.QuerySelectorAll("nav.page-toc a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("First part", "#section-first-part"), ("Second part", "#section-second-part"), ("A detail", "#section-a-detail")], links);
        foreach (var (_, href) in links) Assert.NotNull(page.QuerySelector($".prose {href}"));
        Assert.Null((await site.CreateClient().GetAsync("/en/test-handbook/first-chapter", expectOk: true)).QuerySelector("nav.page-toc"));
    }

    [Fact]
    public async Task The_blocks_show_the_chapters_the_operator_the_attributions_and_the_linked_resources()
    {
        var page = await site.CreateClient().GetAsync("/en/test-handbook", expectOk: true);

        Assert.Equal(["/en/test-handbook/first-chapter", "/en/test-handbook/second-chapter"],
            page.QuerySelectorAll(".page-block.children a").Select(a => a.GetAttribute("href")));
        var operatorBlock = page.QuerySelector(".page-block.operator")!;
        Assert.Contains("Réseau d'essai <asbl>", operatorBlock.TextContent);
        Assert.Equal("mailto:editors@example.org", operatorBlock.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("Company number", operatorBlock.TextContent);
        Assert.Contains(BelgianPlaces.Attribution, page.QuerySelector(".page-block.attribution")!.TextContent);
        Assert.Equal("https://www.openstreetmap.org/copyright", page.QuerySelector(".page-block.attribution a")!.GetAttribute("href"));
        // The linked resource's own page.
        var href = Assert.Single(page.QuerySelectorAll(".page-block.resources a")).GetAttribute("href");
        Assert.StartsWith("/en/resources/", href);
        // "definitions" has no component on this branch: it renders nothing and breaks nothing.
        Assert.Equal(4, page.QuerySelectorAll(".page-block").Length);
    }

    [Theory]
    [InlineData("/en/no-such-page")]
    [InlineData("/en/test-handbook/no-such-chapter")]
    [InlineData("/en/first-chapter")]
    [InlineData("/en/test-colophon/first-chapter")]
    [InlineData("/nl/test-handbook")]
    [InlineData("/de/test-handbook")]
    [InlineData("/en/test-handbook/first-chapter/more")]
    public async Task An_address_that_is_no_page_answers_the_not_found_page(string path)
    {
        var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_header_links_header_pages_and_the_footer_links_footer_pages()
    {
        var page = await site.CreateClient().GetAsync("/nl/portraits", expectOk: true);

        Assert.Contains("/nl/testhandboek", page.QuerySelectorAll("header nav.site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Contains(("Testcolofon", "/nl/testcolofon"), page.QuerySelectorAll("footer nav.footer-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))));
    }

    [Fact]
    public async Task Every_footer_link_on_every_public_page_answers_in_the_three_languages()
    {
        var client = site.CreateClient();
        foreach (var culture in new[] { "fr", "nl", "en" })
        {
            var pages = new List<string> { $"/{culture}/", $"/{culture}/portraits", $"/{culture}/resources", $"/{culture}/register", $"/{culture}/privacy" };
            var handbook = await client.GetAsync($"/{culture}/", expectOk: true);
            pages.AddRange(handbook.QuerySelectorAll("header nav.site-nav a, footer nav.footer-nav a").Select(a => a.GetAttribute("href")!)
                .Where(h => h.StartsWith($"/{culture}/", StringComparison.Ordinal)).Select(h => h.Split('#')[0]));
            foreach (var path in pages.Distinct())
            {
                var document = await client.GetAsync(path, expectOk: true);
                foreach (var href in document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")!).Distinct())
                    Assert.True((await client.GetAsync(href)).IsSuccessStatusCode, $"{href} on {path}");
            }
        }
    }

    [Fact]
    public async Task An_editor_creates_and_publishes_a_page_in_three_languages_and_it_answers_at_once()
    {
        var content = site.Services.GetRequiredService<ContentService>();
        var editor = Actor.Editor("ed@example.org");
        var created = await content.CreateAsync(editor, new Page { Title = LocalizedText.Of(fr: "Nouvelle page") });
        var page = new Page
        {
            Title = LocalizedText.Of(fr: "Nouvelle page", nl: "Nieuwe pagina", en: "New page"),
            Summary = LocalizedText.Of(fr: "Elle vient d'être écrite.", nl: "Pas geschreven.", en: "Just written."),
            Body = LocalizedText.Of(fr: "Bonjour.", nl: "Hallo.", en: "Hello."),
            LinkedFrom = PageLink.Footer,
        };
        Assert.Equal(EditStatus.Saved, (await content.SaveAsync(editor, created.ItemId, 1, page)).Status);
        Assert.Equal(EditStatus.Published, (await content.PublishAsync<Page>(editor, created.ItemId)).Status);

        var client = site.CreateClient();
        foreach (var (path, title) in new[] { ("/fr/nouvelle-page", "Nouvelle page"), ("/nl/nieuwe-pagina", "Nieuwe pagina"), ("/en/new-page", "New page") })
        {
            var document = await client.GetAsync(path, expectOk: true);
            Assert.Equal(title, document.QuerySelector("h1")!.TextContent);
            Assert.Contains(path, document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")));
        }
        await content.UnpublishAsync<Page>(editor, created.ItemId);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/new-page")).StatusCode);
    }

    [Fact]
    public async Task A_page_cannot_take_an_address_the_site_uses()
    {
        var content = site.Services.GetRequiredService<ContentService>();

        var outcome = await content.CreateAsync(Actor.Editor("ed@example.org"),
            new Page { Title = LocalizedText.Of(en: "Shadow"), Slug = LocalizedText.Of(fr: "portraits", nl: "register", en: "api") });

        Assert.Equal(EditStatus.Invalid, outcome.Status);
        Assert.Equal(3, outcome.Violations.Count(v => v.Code == "Rule_Slug_Reserved"));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/fr/portraits")).StatusCode);
    }

    [Fact]
    public async Task The_pages_linked_by_key_fall_back_to_pages_that_exist_while_unpublished()
    {
        var pages = site.Services.GetRequiredService<DirectoryReadModel>().Current.Pages;

        Assert.Null(pages.FindByKey("about-not-published"));
        Assert.Equal("/fr/#about", Cartography.Web.Features.Pages.PageLinks.About(Culture.Fr, PageTree.Empty));
        Assert.Equal("/nl/testhandboek", Cartography.Web.Features.Pages.PageLinks.Of(Culture.Nl, pages, pages.FindByKey("fixture-handbook")!));
    }
}
