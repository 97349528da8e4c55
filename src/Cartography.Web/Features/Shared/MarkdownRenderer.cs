using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace Cartography.Web.Features.Shared;

/// <summary>Markdown to HTML that is safe to put in a page: raw HTML is not rendered, and the output is sanitized.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();
    private readonly HtmlSanitizer sanitizer = new();

    public MarkupString ToHtml(string markdown) =>
        new(sanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown, pipeline)));
}
