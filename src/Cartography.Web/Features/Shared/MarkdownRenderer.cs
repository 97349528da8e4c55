using Cartography.Core.Cultures;
using Cartography.Web.Features.Localization;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace Cartography.Web.Features.Shared;

/// <summary>
/// Markdown to HTML that is safe to put in a page: raw HTML is not rendered, and the output is sanitized. A French
/// text gets French spacing (<see cref="FrenchTypography"/>) in its text only: never in code, link addresses or attributes.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly HtmlSanitizer sanitizer = new();
    // Raw HTML is never rendered, so the only ids are those NameHeadings gives ("section-..."): kept for the table of contents.
    private readonly HtmlSanitizer keepingHeadingIds = WithIds();

    public MarkupString ToHtml(string markdown, Culture? culture = null) => ToHtml(markdown, culture, null);

    /// <summary>
    /// The same, giving each ## and ### heading an id ("section-" and its words, unique in the text: never one of the
    /// layout's own ids) and listing them in <paramref name="headings"/>, for a table of contents.
    /// </summary>
    public MarkupString ToHtml(string markdown, Culture? culture, List<MarkdownHeading>? headings)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        if (culture == Culture.Fr) SpaceFrench(document);
        if (headings is not null) NameHeadings(document, headings);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new((headings is null ? sanitizer : keepingHeadingIds).Sanitize(writer.ToString()));
    }

    private static HtmlSanitizer WithIds()
    {
        var keeping = new HtmlSanitizer();
        keeping.AllowedAttributes.Add("id");
        return keeping;
    }

    private static void NameHeadings(MarkdownDocument document, List<MarkdownHeading> headings)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level is 2 or 3))
        {
            var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            var stem = "section-" + (Cartography.Core.Content.Slugs.From(text) is { Length: > 0 } words ? words : (headings.Count + 1).ToString());
            var id = Cartography.Core.Content.Slugs.Unique(stem, c => !used.Add(c));
            Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(heading).Id = id;
            headings.Add(new MarkdownHeading(heading.Level, text, id));
        }
    }

    private static void SpaceFrench(MarkdownDocument document)
    {
        // A paragraph's or heading's own inline root is no descendant of the document: start from the blocks.
        var containers = document.Descendants<LeafBlock>().Where(b => b.Inline is not null)
            .SelectMany(b => new[] { b.Inline! }.Concat(b.Inline!.Descendants<ContainerInline>())).ToList();
        foreach (var container in containers)
        {
            // An autolink's text is its address.
            if (container is LinkInline { IsAutoLink: true }) continue;
            // The parser cuts text at signs it might start something with (! for an image): a run of adjacent
            // literals is one text, spaced as one.
            var run = new List<LiteralInline>();
            for (Inline? inline = container.FirstChild; ; inline = inline.NextSibling)
            {
                if (inline is LiteralInline literal)
                {
                    run.Add(literal);
                    continue;
                }
                Space(run);
                run.Clear();
                if (inline is null) break;
            }
        }
    }

    private static void Space(List<LiteralInline> run)
    {
        if (run.Count == 0) return;
        var text = string.Concat(run.Select(l => l.Content.ToString()));
        run[0].Content = new Markdig.Helpers.StringSlice(FrenchTypography.Apply(text));
        foreach (var rest in run.Skip(1)) rest.Remove();
    }
}
