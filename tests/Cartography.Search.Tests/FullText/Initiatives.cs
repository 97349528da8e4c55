using Cartography.Core.Cultures;
using Cartography.Search.FullText;

namespace Cartography.Search.Tests.FullText;

/// <summary>Builds index documents written in one culture only, as most initiatives are.</summary>
public static class Initiatives
{
    public static IndexDocument French(string name, string description = "", string? city = null, string? organisation = null) =>
        In(Culture.Fr, name, description, city, organisation);

    public static IndexDocument Dutch(string name, string description = "", string? city = null, string? organisation = null) =>
        In(Culture.Nl, name, description, city, organisation);

    public static IndexDocument English(string name, string description = "", string? city = null, string? organisation = null) =>
        In(Culture.En, name, description, city, organisation);

    public static IndexDocument In(Culture culture, string name, string description = "", string? city = null, string? organisation = null) =>
        new(Guid.NewGuid(),
            Text(culture, name),
            Text(culture, description),
            city,
            organisation is null ? null : Text(culture, organisation));

    public static LocalizedText Text(Culture culture, string text) => LocalizedText.From([KeyValuePair.Create(culture, (string?)text)]);
}
