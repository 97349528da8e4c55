using System.Text.Json.Serialization;

namespace Cartography.Core.Places;

/// <summary>A Belgian postal address; the province and region follow from the postal code.</summary>
public sealed record Address(string? Street, string PostalCode, string City)
{
    [JsonIgnore]
    public Province? Province => PostalCodes.ProvinceOf(PostalCode);

    [JsonIgnore]
    public Region? Region => Province?.Region;
}
