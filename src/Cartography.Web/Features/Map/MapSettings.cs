using System.Text.Json;
using SiteCulture = Cartography.Core.Cultures.Culture;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Map;

/// <summary>
/// What the map page's scripts need, handed over as JSON in the map element's <c>data-settings</c>: the tile server,
/// the first view, the API paths, the culture, the taxonomy labels and the interface strings in that culture.
/// </summary>
public sealed record MapSettings(
    string Culture,
    string TileUrl,
    string Attribution,
    double[] Center,
    int Zoom,
    int MinZoom,
    int MaxZoom,
    int PageSize,
    IReadOnlyDictionary<string, string> Api,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Labels,
    IReadOnlyDictionary<string, object> Text)
{
    public const string SearchPath = "/api/v1/search";
    public const string SuggestPath = "/api/v1/suggest";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MapSettings For(SiteCulture culture, MapOptions options, TermSet terms, int pageSize, IStringLocalizer<SharedResource> L) => new(
        culture.Code,
        options.TileUrl,
        options.Attribution,
        [options.CenterLatitude, options.CenterLongitude],
        options.Zoom,
        options.MinZoom,
        options.MaxZoom,
        pageSize,
        new Dictionary<string, string> { ["search"] = SearchPath, ["suggest"] = SuggestPath },
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["sector"] = terms.Offered(Vocabulary.Sector).ToDictionary(t => t.Key, t => terms.Label(Vocabulary.Sector, t.Key, culture).Text),
            ["province"] = Province.All.ToDictionary(p => p.Key, p => L[$"Province_{p.Key}"].Value),
        },
        new Dictionary<string, object>
        {
            ["resultsOne"] = L["Results_Count_One"].Value,
            ["resultsOther"] = L["Results_Count_Other"].Value,
            ["cluster"] = L["Map_Cluster"].Value,
            ["clusterNoCity"] = L["Count_Initiatives_Other"].Value,
            ["details"] = L["Map_Details"].Value,
            ["zoomIn"] = L["Map_ZoomIn"].Value,
            ["zoomOut"] = L["Map_ZoomOut"].Value,
            ["closePopup"] = L["Map_ClosePopup"].Value,
            ["distance"] = L["Map_Distance"].Value,
            ["searchFailed"] = L["Map_SearchFailed"].Value,
            ["suggestions"] = L["Map_Suggestions"].Value,
            ["nearMe"] = L["Map_NearMe"].Value,
            ["nearMeOff"] = L["Map_NearMeOff"].Value,
            ["nearMeLocating"] = L["Map_NearMeLocating"].Value,
            ["nearMeSorted"] = L["Map_NearMeSorted"].Value,
            ["nearMeDenied"] = L["Map_NearMeDenied"].Value,
            ["nearMeUnavailable"] = L["Map_NearMeUnavailable"].Value,
            ["example"] = L["Example_Badge"].Value,
            ["exampleTitle"] = L["Example_Title"].Value,
            ["previous"] = L["Pager_Previous"].Value,
            ["next"] = L["Pager_Next"].Value,
            ["position"] = L["Pager_Position"].Value,
            ["pagerLabel"] = L["Pager_Label"].Value,
        });

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
