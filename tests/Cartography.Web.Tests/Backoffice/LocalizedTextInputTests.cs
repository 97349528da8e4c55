using Bunit;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Backoffice.Editing;

namespace Cartography.Web.Tests.Backoffice;

public sealed class LocalizedTextInputTests : EditorComponentContext
{
    private LocalizedText? changed;

    private IRenderedComponent<LocalizedTextInput> Input(LocalizedText value, Culture culture, bool markdown = false) => Render<LocalizedTextInput>(p => p
        .Add(i => i.Field, "title")
        .Add(i => i.Label, "Title")
        .Add(i => i.Value, value)
        .Add(i => i.Culture, culture)
        .Add(i => i.Multiline, markdown)
        .Add(i => i.IsMarkdown, markdown)
        .Add(i => i.ValueChanged, text => changed = text));

    [Fact]
    public void A_text_missing_in_the_edited_culture_is_marked_so()
    {
        var input = Input(LocalizedText.Of(fr: "Pair-aidance"), Culture.Nl);

        Assert.Contains("missing in Dutch", input.Find("label").TextContent);
        Assert.Contains("field-missing", input.Find(".localized-field").ClassName);
    }

    [Fact]
    public void A_text_present_in_the_edited_culture_has_no_marker()
    {
        var input = Input(LocalizedText.Of(fr: "Pair-aidance", nl: "Ervaringsdeskundigheid"), Culture.Nl);

        Assert.Empty(input.FindAll(".missing-marker"));
        Assert.Equal("Ervaringsdeskundigheid", input.Find("input").GetAttribute("value"));
        Assert.Equal("nl", input.Find("input").GetAttribute("lang"));
    }

    [Fact]
    public void The_french_text_is_shown_beside_the_input_while_translating()
    {
        var input = Input(LocalizedText.Of(fr: "Le rétablissement"), Culture.En);

        var reference = input.Find(".reference-text");
        Assert.Equal("fr", reference.GetAttribute("lang"));
        Assert.Contains("Le rétablissement", reference.TextContent);
        Assert.Contains("Reference text (French)", reference.TextContent);
    }

    [Fact]
    public void No_reference_is_shown_while_writing_the_french_text_itself()
    {
        var input = Input(LocalizedText.Of(fr: "Le rétablissement"), Culture.Fr);

        Assert.Empty(input.FindAll(".reference-text"));
    }

    [Fact]
    public void Typing_changes_only_the_edited_culture()
    {
        Input(LocalizedText.Of(fr: "Groupe de parole", en: "Talking group"), Culture.Nl).Find("input").Change("Praatgroep");

        Assert.Equal(LocalizedText.Of(fr: "Groupe de parole", nl: "Praatgroep", en: "Talking group"), changed);
    }

    [Fact]
    public void Emptying_the_input_removes_the_text_in_that_culture_only()
    {
        Input(LocalizedText.Of(fr: "Groupe de parole", nl: "Praatgroep"), Culture.Nl).Find("input").Change("   ");

        Assert.Equal(LocalizedText.Of(fr: "Groupe de parole"), changed);
    }

    [Fact]
    public void The_markdown_preview_renders_formatting_and_never_a_script()
    {
        var input = Input(LocalizedText.Of(fr: "**Entendre** des voix <script>alert(1)</script> [lien](javascript:alert(1))"), Culture.Fr, markdown: true);

        var preview = input.Find(".markdown-preview div");
        Assert.Equal("Entendre", preview.QuerySelector("strong")?.TextContent);
        Assert.Null(preview.QuerySelector("script"));
        Assert.DoesNotContain("javascript:", preview.InnerHtml);
    }
}
