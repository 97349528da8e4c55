using Bunit;
using Cartography.Core.Cultures;
using Cartography.Core.Taxonomy;
using Cartography.Web.Features.Backoffice.Editing;

namespace Cartography.Web.Tests.Backoffice;

public sealed class TermPickerTests : EditorComponentContext
{
    private static readonly TermSet Terms = new(
    [
        new Term(Vocabulary.Sector, "mental-health", LocalizedText.Of("Santé mentale", "Geestelijke gezondheid", "Mental health"), 1),
        new Term(Vocabulary.Sector, "addiction", LocalizedText.Of("Assuétudes", "Verslaving", "Addiction"), 2),
        new Term(Vocabulary.Sector, "old-sector", LocalizedText.Of("Ancien", "Oud", "Old sector"), 3, Retired: true),
    ]);

    private IReadOnlyList<string>? selected;

    private IRenderedComponent<TermPicker> Picker(params string[] chosen) => Render<TermPicker>(p => p
        .Add(t => t.Vocabulary, Vocabulary.Sector)
        .Add(t => t.Terms, Terms)
        .Add(t => t.Legend, "Sectors")
        .Add(t => t.Selected, chosen)
        .Add(t => t.SelectedChanged, keys => selected = keys));

    [Fact]
    public void Offered_terms_show_their_label_in_the_interface_language()
    {
        var picker = Picker("addiction");

        Assert.Equal(["Mental health", "Addiction"], picker.FindAll("label").Select(l => l.TextContent.Trim()));
        Assert.True(picker.Find("#sector-addiction").HasAttribute("checked"));
        Assert.False(picker.Find("#sector-mental-health").HasAttribute("checked"));
    }

    [Fact]
    public void A_retired_term_is_not_offered_but_stays_shown_where_already_chosen()
    {
        Assert.Empty(Picker().FindAll("#sector-old-sector"));

        var label = Picker("old-sector").Find("label[for=sector-old-sector]").TextContent;
        Assert.Contains("Old sector", label);
        Assert.Contains("(retired)", label);
    }

    [Fact]
    public void Checking_and_unchecking_changes_the_selection()
    {
        Picker("addiction").Find("#sector-mental-health").Change(true);
        Assert.Equal(["addiction", "mental-health"], selected);

        Picker("addiction", "mental-health").Find("#sector-addiction").Change(false);
        Assert.Equal(["mental-health"], selected);
    }
}
