using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>The texts of each content type that a complete translation has in every culture.</summary>
public static class TranslatableTexts
{
    public static IReadOnlyList<LocalizedText> Of(Initiative initiative) => [initiative.Name, initiative.Description];

    public static IReadOnlyList<LocalizedText> Of(Organisation organisation) => [organisation.Name, organisation.Description];

    public static IReadOnlyList<LocalizedText> Of(Portrait portrait) =>
        [portrait.Title, portrait.Summary, portrait.Body, .. portrait.Images.Select(image => image.Alt)];

    public static IReadOnlyList<LocalizedText> Of(Resource resource) => [resource.Title, resource.Summary];

    public static IReadOnlyList<LocalizedText> Of(Page page) => [page.Title, page.Summary, page.Body];

    public static int MissingIn(IEnumerable<LocalizedText> texts, Culture culture) => texts.Count(text => !text.Has(culture));
}
