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

    public MarkupString ToHtml(string markdown, Culture? culture = null)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        if (culture == Culture.Fr) SpaceFrench(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new(sanitizer.Sanitize(writer.ToString()));
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
