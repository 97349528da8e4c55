namespace Cartography.Core.Places;

/// <summary>A Belgian postal address; the province and region follow from the postal code.</summary>
public sealed record Address(string? Street, string PostalCode, string City)
{
    public Province? Province => PostalCodes.ProvinceOf(PostalCode);

    public Region? Region => Province?.Region;
}
