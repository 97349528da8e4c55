using Bunit;
using Cartography.Web.Features.Backoffice.Editing;

namespace Cartography.Web.Tests.Backoffice;

public sealed class DiffViewTests : EditorComponentContext
{
    private IRenderedComponent<DiffView> Diff(params FieldChangeView[] changes) => Render<DiffView>(p => p
        .Add(d => d.Changes, changes)
        .Add(d => d.Caption, "Version 2 → version 3")
        .Add(d => d.BeforeLabel, "Version 2")
        .Add(d => d.AfterLabel, "Version 3"));

    [Fact]
    public void Each_changed_field_shows_what_was_removed_and_what_was_added()
    {
        var diff = Diff(new FieldChangeView("Name (nl)", "Praatgroep", "Praatgroep Gent"), new FieldChangeView("Sectors", "addiction", null));

        var rows = diff.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Name (nl)", rows[0].QuerySelector("th")?.TextContent);
        Assert.Equal("Praatgroep", rows[0].QuerySelector("del")?.TextContent);
        Assert.Equal("Praatgroep Gent", rows[0].QuerySelector("ins")?.TextContent);
        Assert.Equal("(empty)", rows[1].QuerySelector(".diff-empty")?.TextContent);
        Assert.Equal("Version 2 → version 3", diff.Find("caption").TextContent);
    }

    [Fact]
    public void Two_equal_versions_say_there_is_no_difference()
    {
        Assert.Contains("No difference", Diff().Find(".diff-none").TextContent);
    }
}
