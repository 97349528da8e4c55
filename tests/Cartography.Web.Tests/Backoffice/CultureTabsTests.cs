using Bunit;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Backoffice.Editing;
using Microsoft.AspNetCore.Components.Web;

namespace Cartography.Web.Tests.Backoffice;

public sealed class CultureTabsTests : EditorComponentContext
{
    private readonly List<Culture> chosen = [];

    private IRenderedComponent<CultureTabs> Tabs(Culture active, Func<Culture, int> missing) => Render<CultureTabs>(p => p
        .Add(t => t.Active, active)
        .Add(t => t.MissingIn, missing)
        .Add(t => t.PanelId, "panel")
        .Add(t => t.ActiveChanged, culture => chosen.Add(culture)));

    [Fact]
    public void Each_tab_says_how_many_texts_are_missing_in_its_culture()
    {
        var tabs = Tabs(Culture.Fr, culture => culture == Culture.Nl ? 2 : culture == Culture.En ? 1 : 0);

        Assert.Contains("complete", tabs.Find("[data-culture=fr]").TextContent);
        Assert.Contains("2 texts missing", tabs.Find("[data-culture=nl]").TextContent);
        Assert.Contains("1 text missing", tabs.Find("[data-culture=en]").TextContent);
        Assert.Contains("has-missing", tabs.Find("[data-culture=nl]").ClassName);
    }

    [Fact]
    public void Only_the_active_tab_is_selected_and_in_the_tab_order()
    {
        var tabs = Tabs(Culture.Nl, _ => 0);

        Assert.Equal("true", tabs.Find("[data-culture=nl]").GetAttribute("aria-selected"));
        Assert.Equal("0", tabs.Find("[data-culture=nl]").GetAttribute("tabindex"));
        Assert.Equal("false", tabs.Find("[data-culture=fr]").GetAttribute("aria-selected"));
        Assert.Equal("-1", tabs.Find("[data-culture=fr]").GetAttribute("tabindex"));
        Assert.Equal("panel", tabs.Find("[data-culture=en]").GetAttribute("aria-controls"));
    }

    [Fact]
    public void Clicking_a_tab_chooses_its_culture()
    {
        Tabs(Culture.Fr, _ => 0).Find("[data-culture=en]").Click();

        Assert.Equal([Culture.En], chosen);
    }

    [Theory]
    [InlineData("fr", "ArrowRight", "nl")]
    [InlineData("en", "ArrowRight", "fr")]
    [InlineData("fr", "ArrowLeft", "en")]
    [InlineData("nl", "Home", "fr")]
    [InlineData("fr", "End", "en")]
    public void Arrow_keys_home_and_end_move_between_tabs(string from, string key, string to)
    {
        var active = Culture.Parse(from);
        Tabs(active, _ => 0).Find($"[data-culture={from}]").KeyDown(new KeyboardEventArgs { Key = key });

        Assert.Equal([Culture.Parse(to)], chosen);
    }

    [Fact]
    public void Other_keys_leave_the_tab_alone()
    {
        Tabs(Culture.Fr, _ => 0).Find("[data-culture=fr]").KeyDown(new KeyboardEventArgs { Key = "a" });

        Assert.Empty(chosen);
    }
}
