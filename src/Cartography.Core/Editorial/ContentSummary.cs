using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Core.Editorial;

/// <summary>
/// What the back office lists and dashboard need from any content type: its name, its description (the summary of
/// portraits and resources) and, for initiatives, when it was last verified.
/// </summary>
public sealed record ContentSummary(LocalizedText Name, LocalizedText Description, DateOnly? LastVerified)
{
    public static ContentSummary Of(object content) => content switch
    {
        Initiative initiative => new(initiative.Name, initiative.Description, initiative.LastVerified),
        Organisation organisation => new(organisation.Name, organisation.Description, null),
        Portrait portrait => new(portrait.Title, portrait.Summary, null),
        Resource resource => new(resource.Title, resource.Summary, null),
        Page page => new(page.Title, page.Summary, null),
        _ => throw new ArgumentException($"{content.GetType().Name} is not a content type.", nameof(content)),
    };

    /// <summary>A culture counts as translated when both the name and the description exist in it.</summary>
    public bool IsTranslatedIn(Culture culture) => Name.Has(culture) && Description.Has(culture);
}
