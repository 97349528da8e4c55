using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Map;

/// <summary><c>Cartography:Map</c>: the background tiles of the home page map and the view it opens on.</summary>
public sealed class MapOptions : IValidatableObject
{
    public const string Section = "Cartography:Map";

    /// <summary>A Leaflet tile URL template with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>.</summary>
    [Required]
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>HTML shown in the map's corner; the tile provider's licence requires it.</summary>
    [Required]
    public string Attribution { get; set; } = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    /// <summary>The centre of the first view: Belgium.</summary>
    [Range(-90, 90)]
    public double CenterLatitude { get; set; } = 50.64;

    [Range(-180, 180)]
    public double CenterLongitude { get; set; } = 4.67;

    [Range(1, 18)]
    public int Zoom { get; set; } = 8;

    [Range(1, 18)]
    public int MinZoom { get; set; } = 7;

    /// <summary>The tile server's deepest level (OpenStreetMap's standard tiles stop at 19).</summary>
    [Range(1, 22)]
    public int MaxZoom { get; set; } = 18;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(TileUrl.Contains("{z}") && TileUrl.Contains("{x}") && TileUrl.Contains("{y}")))
            yield return new("Cartography:Map:TileUrl must contain {z}, {x} and {y}.", [nameof(TileUrl)]);
        if (!Uri.TryCreate(TileUrl.Replace("{s}", "a").Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0").Replace("{r}", ""), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            yield return new("Cartography:Map:TileUrl must be an absolute http or https URL.", [nameof(TileUrl)]);
        if (MinZoom > MaxZoom || Zoom < MinZoom || Zoom > MaxZoom)
            yield return new("Cartography:Map: MinZoom ≤ Zoom ≤ MaxZoom is required.", [nameof(Zoom)]);
    }
}
