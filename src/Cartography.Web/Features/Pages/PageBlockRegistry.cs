namespace Cartography.Web.Features.Pages;

/// <summary>
/// The components that render a page's blocks, by the block's name (<see cref="Core.Content.PageBlocks"/>). Each takes
/// a <c>Culture</c> parameter; the page itself cascades to those that need it. A name without a component renders
/// nothing.
/// </summary>
public static class PageBlockRegistry
{
    public static readonly IReadOnlyDictionary<string, Type> Components = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [Core.Content.PageBlocks.Operator] = typeof(OperatorBlock),
        [Core.Content.PageBlocks.Children] = typeof(ChildrenBlock),
        [Core.Content.PageBlocks.Attribution] = typeof(AttributionBlock),
        [Core.Content.PageBlocks.Definitions] = typeof(Taxonomy.TermDefinitions),
    };

    public static Type? Find(string block) => Components.GetValueOrDefault(block);
}
