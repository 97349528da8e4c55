using System.Text.Json.Serialization;

namespace Cartography.Core.Places;

/// <summary>A WGS84 point.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>A generous box around Belgium: a pin outside it is a typo (swapped or mistyped coordinates).</summary>
    [JsonIgnore]
    public bool IsInBelgium => Latitude is >= 49.45 and <= 51.55 && Longitude is >= 2.5 and <= 6.45;

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
}
