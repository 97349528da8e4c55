using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Shared;

namespace Cartography.Web.Tests.Localization;

/// <summary>French text gets a narrow no-break space before ; : ! ? » and after «, so no line starts with a colon.</summary>
public sealed partial class FrenchTypographyTests
{
    private const char Nnbsp = '\u202F';

    [Fact]
    public void Every_french_interface_string_spaces_its_signs_with_a_narrow_no_break_space()
    {
        var path = Path.Combine(CartographyFactory.RepositoryRoot, "src", "Cartography.Web", "Resources", "SharedResource.fr.resx");
        var values = XDocument.Load(path).Root!.Elements("data").Select(d => (Key: d.Attribute("name")!.Value, Value: d.Element("value")!.Value)).ToList();

        var wrong = values.Where(v => !SpacedFrench(v.Value)).Select(v => $"{v.Key}: {v.Value.Replace(Nnbsp, '⍽')}").ToList();

        Assert.True(values.Count > 500);
        Assert.True(wrong.Count == 0, "Plain or missing space (U+202F needed) in:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("Vraiment : oui", false)]
    [InlineData("Vraiment\u202F: oui\u202F; «\u202Fnon\u202F» ?", false)]
    [InlineData("Quoi?", false)]
    [InlineData("Ouvert de 09:00 à 17:30 sur https://example.org/?q=1, le {0:d}.", true)]
    [InlineData("«\u202F{1}\u202F» n’est pas valable\u202F!", true)]
    [InlineData("« exemple »", false)]
    public void The_resource_check_tells_spaced_from_unspaced_french(string value, bool spaced)
    {
        Assert.Equal(spaced, SpacedFrench(value));
    }

    /// <summary>Every ; : ! ? » follows a U+202F (or another of them: ?!), every « precedes one; addresses, times and placeholders aside.</summary>
    private static bool SpacedFrench(string value)
    {
        var text = Untouchable().Replace(value, "x");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (";:!?»".Contains(c) && (i == 0 || (text[i - 1] != Nnbsp && !";:!?".Contains(text[i - 1])))) return false;
            if (c == '«' && (i + 1 == text.Length || text[i + 1] != Nnbsp)) return false;
        }
        return true;
    }

    [GeneratedRegex(@"[a-z][a-z0-9+.-]*://\S*|mailto:\S+|&#?\w+;|\{[^{}]*\}|\b\d{1,2}:\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Untouchable();

    [Theory]
    [InlineData("Attention : ouvert !", "Attention\u202F: ouvert\u202F!")]
    [InlineData("Quoi? Vraiment?! Oui; non.", "Quoi\u202F? Vraiment\u202F?! Oui\u202F; non.")]
    [InlineData("Il a dit « bonjour » puis «au revoir».", "Il a dit «\u202Fbonjour\u202F» puis «\u202Fau revoir\u202F».")]
    [InlineData("De 09:00 à 12:30, voir https://example.org/a?b=1 ou {0:d}.", "De 09:00 à 12:30, voir https://example.org/a?b=1 ou {0:d}.")]
    [InlineData("Note:", "Note\u202F:")]
    [InlineData("ratio 1:2 et a:b", "ratio 1:2 et a:b")]
    [InlineData("Déjà\u00A0: espacé\u202F!", "Déjà\u202F: espacé\u202F!")]
    public void French_spacing_adds_or_narrows_the_space_before_signs_and_inside_guillemets(string text, string spaced)
    {
        Assert.Equal(spaced, FrenchTypography.Apply(text));
        Assert.Equal(spaced, FrenchTypography.Apply(spaced));
    }

    [Fact]
    public async Task French_markdown_is_spaced_in_its_text_but_never_in_code_addresses_or_attributes()
    {
        var markdown = "Horaires : **lundi** ! Écrivez « *ici* » [le guide : tome 1](https://example.org/a?b=1 \"Titre : x\") ou https://example.org/?q=2\n\n`code : brut ?`\n\n    bloc : brut !\n";

        var html = new MarkdownRenderer().ToHtml(markdown, Culture.Fr).Value;
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));

        var paragraph = document.QuerySelector("p")!;
        Assert.StartsWith("Horaires\u202F: lundi\u202F! Écrivez «\u202Fici\u202F» le guide\u202F: tome 1 ou https://example.org/?q=2", paragraph.TextContent);
        var links = paragraph.QuerySelectorAll("a").ToList();
        Assert.Equal(["https://example.org/a?b=1", "https://example.org/?q=2"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Titre : x", links[0].GetAttribute("title"));
        Assert.Equal("https://example.org/?q=2", links[1].TextContent);
        Assert.Equal("code : brut ?", document.QuerySelector("p code")!.TextContent);
        Assert.Equal("bloc : brut !\n", document.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Markdown_in_another_language_is_left_as_written()
    {
        Assert.Contains("Note : open!", new MarkdownRenderer().ToHtml("Note : open!", Culture.En).Value);
        Assert.Contains("Note : open!", new MarkdownRenderer().ToHtml("Note : open!").Value);
    }
}
