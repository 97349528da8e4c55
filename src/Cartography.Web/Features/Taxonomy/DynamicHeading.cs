using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Cartography.Web.Features.Taxonomy;

/// <summary>A heading whose level the caller chooses (h2 to h6), so a component fits the outline of the page it is placed in.</summary>
public sealed class DynamicHeading : ComponentBase
{
    [Parameter] public int Level { get; set; } = 2;
    [Parameter] public string? Id { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 2, 6)}");
        if (Id is not null) builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
