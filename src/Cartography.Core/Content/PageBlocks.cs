namespace Cartography.Core.Content;

/// <summary>The parts a page can ask the site to render after its body, from data rather than from its text.</summary>
public static class PageBlocks
{
    /// <summary>The publisher from the operator settings.</summary>
    public const string Operator = "operator";
    /// <summary>Every taxonomy vocabulary with its terms' labels and descriptions.</summary>
    public const string Definitions = "definitions";
    /// <summary>The attributions the shipped data requires (place data, map tiles).</summary>
    public const string Attribution = "attribution";
    /// <summary>The list of the page's children (the guide's chapters).</summary>
    public const string Children = "children";

    public static readonly IReadOnlyList<string> Known = [Operator, Definitions, Attribution, Children];
}
