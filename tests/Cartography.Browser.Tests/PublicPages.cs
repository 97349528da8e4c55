namespace Cartography.Browser.Tests;

/// <summary>
/// The public pages every layout test visits, in one table: a path under <c>/{lang}/</c>, or a path and, after
/// <c>" >> "</c>, the links to follow from page to page (for items whose address differs per culture).
/// </summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<(string Name, string Path)> All =
    [
        ("home", "/{lang}/"),
        ("search", "/{lang}/?q=housing+first"),
        ("initiative", "/{lang}/?q=housing+first+smes >> .result-list a"),
        ("organisation", "/{lang}/?q=housing+first+smes >> .result-list a >> .organisation a"),
        ("portraits", "/{lang}/portraits"),
        ("portrait", "/{lang}/portraits >> .cards h2 a"),
        ("resources", "/{lang}/resources"),
        ("registration", "/{lang}/register"),
        ("privacy", "/{lang}/privacy"),
        ("not found", "/{lang}/no/such/page"),
    ];

    public static readonly string[] Cultures = ["fr", "nl", "en"];

    /// <summary>Opens one of the pages in a culture on an open tab, following its link when it has one.</summary>
    public static async Task GoToAsync(IPage page, string path, string culture)
    {
        var parts = path.Replace("{lang}", culture).Split(" >> ");
        await page.GotoAsync(parts[0]);
        foreach (var link in parts.Skip(1))
            await page.GotoAsync((await page.Locator(link).First.GetAttributeAsync("href"))!);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
