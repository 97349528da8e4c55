namespace Cartography.Core.Content;

/// <summary>Where the site links a page from.</summary>
public enum PageLink
{
    None,
    Header,
    Footer,
}
