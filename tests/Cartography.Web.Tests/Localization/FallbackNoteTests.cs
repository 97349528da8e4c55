using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Data.Writing;
using Cartography.Web.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cartography.Web.Tests.Localization;

/// <summary>
/// A page whose texts fall back to other languages says so once, near the top, naming the languages used; each
/// fallback text keeps its own lang; a proper name keeps its lang but is not called untranslated.
/// </summary>
public sealed class FallbackNoteTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    private static readonly LocalizedText FrenchOnly = LocalizedText.Of(fr: "Groupe de parole : entre pairs");
    private static readonly LocalizedText DutchOnly = LocalizedText.Of(nl: "Lotgenotengroep in Gent");
    private static readonly LocalizedText Translated = LocalizedText.Of(fr: "Partout", nl: "Overal", en: "Everywhere");

    [Fact]
    public async Task Several_fallbacks_are_announced_once_at_the_top_naming_each_language_and_keep_their_lang()
    {
        var page = await RenderAsync("en", new Text(FrenchOnly), new Text(FrenchOnly), new Text(DutchOnly), new Markdown(LocalizedText.Of(fr: "Un **texte** long.")), new Text(Translated));

        var note = Assert.Single(page.QuerySelectorAll(".fallback-note"));
        Assert.Equal("Some parts of this page are not yet translated and are shown in French and in Dutch.", note.TextContent);
        Assert.Same(note, page.Body!.FirstElementChild);
        Assert.Equal(["fr", "fr", "nl", "fr"], page.QuerySelectorAll("body > div > [lang]").Select(e => e.GetAttribute("lang")));
        Assert.Equal("Lotgenotengroep in Gent", page.QuerySelector("[lang=nl]")!.TextContent);
        Assert.Contains("Everywhere", page.Body.TextContent);
        Assert.DoesNotContain("(", page.Body.TextContent);
    }

    [Fact]
    public async Task The_note_speaks_the_page_language()
    {
        var page = await RenderAsync("nl", new Text(FrenchOnly));

        Assert.Equal("Sommige delen van deze pagina zijn nog niet vertaald en worden in het Frans getoond.", page.QuerySelector(".fallback-note")!.TextContent);
    }

    [Fact]
    public async Task A_proper_name_keeps_its_lang_and_is_not_marked_untranslated()
    {
        var page = await RenderAsync("nl", new Name(FrenchOnly), new Name(LocalizedText.Of(en: "Peer Support Belgium")));

        Assert.Null(page.QuerySelector(".fallback-note"));
        Assert.Equal(["fr", "en"], page.QuerySelectorAll("body > div > [lang]").Select(e => e.GetAttribute("lang")));
        // Written as it is written: a name gets no French spacing.
        Assert.Equal("Groupe de parole : entre pairs", page.QuerySelector("[lang=fr]")!.TextContent);
    }

    [Fact]
    public async Task A_page_without_fallbacks_has_no_note()
    {
        var page = await RenderAsync("fr", new Text(FrenchOnly), new Text(Translated));

        Assert.Null(page.QuerySelector(".fallback-note"));
        Assert.Empty(page.QuerySelectorAll("[lang]"));
        Assert.Contains("Groupe de parole\u202F: entre pairs", page.Body!.TextContent);
    }

    [Fact]
    public async Task An_organisation_name_on_an_initiative_page_keeps_its_lang_and_is_not_marked()
    {
        var content = site.Services.GetRequiredService<ContentService>();
        var organisation = await content.CreateAsync(Actor.System("test"), new Organisation { Name = LocalizedText.Of(fr: "Entraide Wallonie Asbl") });
        Assert.True((await content.PublishAsync<Organisation>(Actor.System("test"), organisation.ItemId)).Succeeded);
        await site.ImportAsync("org-name-1,Maison des pairs,Huis van lotgenoten,House of peers,Une maison,Een huis,A house,Entraide Wallonie Asbl,mental-health,groups,volunteer,,4000,Liège,50.63,5.57,,,,fr,,true");

        var page = await site.CreateClient().GetAsync("/nl/initiatives/huis-van-lotgenoten", expectOk: true);

        var name = page.QuerySelector(".organisation [lang]");
        Assert.Equal(("fr", "Entraide Wallonie Asbl"), (name?.GetAttribute("lang"), name?.TextContent));
        Assert.Null(page.QuerySelector(".fallback-note"));
    }

    private sealed record Text(LocalizedText Value);

    private sealed record Name(LocalizedText Value);

    private sealed record Markdown(LocalizedText Value);

    private async Task<IDocument> RenderAsync(string culture, params object[] parts)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TestPage>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(TestPage.Culture)] = Culture.Parse(culture),
                    [nameof(TestPage.Parts)] = parts,
                }));
                return output.ToHtmlString();
            });
            return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<html><body>{html}</body></html>"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>The note where the layout puts it, then the page's texts, each in an element of its own.</summary>
    private sealed class TestPage : ComponentBase
    {
        [Parameter] public Culture Culture { get; set; } = Culture.Fr;
        [Parameter] public object[] Parts { get; set; } = [];

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<FallbackNote>(0);
            builder.CloseComponent();
            foreach (var part in Parts)
            {
                builder.OpenElement(1, "div");
                switch (part)
                {
                    case Text text:
                        builder.OpenComponent<Localized>(2);
                        builder.AddComponentParameter(3, nameof(Localized.Value), text.Value.For(Culture));
                        builder.CloseComponent();
                        break;
                    case Name name:
                        builder.OpenComponent<Localized>(4);
                        builder.AddComponentParameter(5, nameof(Localized.Value), name.Value.For(Culture));
                        builder.AddComponentParameter(6, nameof(Localized.ProperName), true);
                        builder.CloseComponent();
                        break;
                    case Markdown markdown:
                        builder.OpenComponent<MarkdownText>(7);
                        builder.AddComponentParameter(8, nameof(MarkdownText.Value), markdown.Value.For(Culture));
                        builder.CloseComponent();
                        break;
                }
                builder.CloseElement();
            }
        }
    }
}
