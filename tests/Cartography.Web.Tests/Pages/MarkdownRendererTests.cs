using AngleSharp;
using Cartography.Web.Features.Shared;

namespace Cartography.Web.Tests.Pages;

/// <summary>Markdown from editors and submitters becomes HTML whose links and images can only point at web addresses.</summary>
public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    public static TheoryData<string> ScriptLinks => new()
    {
        "[clic](javascript:alert(1))",
        "[clic](JaVaScRiPt:alert(1))",
        "[clic](java&#09;script:alert(1))",
        "[clic](&#106;avascript:alert(1))",
        "[clic](javascript&colon;alert(1))",
        "[clic](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[clic][r]\n\n[r]: javascript:alert(1)",
        "![image](javascript:alert(1))",
        "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[clic](vbscript:msgbox(1))",
        "[clic](\" onmouseover=\"alert(1))",
    };

    private async Task<AngleSharp.Dom.IDocument> RenderAsync(string markdown) =>
        await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(renderer.ToHtml(markdown).Value));

    [Theory]
    [MemberData(nameof(ScriptLinks))]
    public async Task A_markdown_link_cannot_carry_a_script_or_data_address(string markdown)
    {
        var document = await RenderAsync(markdown);

        var addresses = document.QuerySelectorAll("[href], [src]").SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>();
        Assert.All(addresses, address => Assert.True(
            !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is "http" or "https",
            $"'{address}' from '{markdown}' is not a web address"));
        Assert.Empty(document.QuerySelectorAll("[onmouseover], script"));
    }

    [Fact]
    public async Task A_markdown_link_to_a_web_address_stays_a_link()
    {
        var document = await RenderAsync("Voir [le guide](https://guide.example.org/pair-aidance) et https://www.example.org.");

        Assert.Equal(["https://guide.example.org/pair-aidance", "https://www.example.org"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
