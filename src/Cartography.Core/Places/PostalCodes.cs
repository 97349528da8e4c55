namespace Cartography.Core.Places;

/// <summary>Belgian postal codes to provinces, from bpost's numbering ranges; no network, no list of localities.</summary>
public static class PostalCodes
{
    // Ranges are inclusive. Hainaut is split in two because 6600–6999 belongs to Luxembourg.
    private static readonly (int From, int To, Province Province)[] Ranges =
    [
        (1000, 1299, Province.Brussels),
        (1300, 1499, Province.WalloonBrabant),
        (1500, 1999, Province.FlemishBrabant),
        (2000, 2999, Province.Antwerp),
        (3000, 3499, Province.FlemishBrabant),
        (3500, 3999, Province.Limburg),
        (4000, 4999, Province.Liege),
        (5000, 5999, Province.Namur),
        (6000, 6599, Province.Hainaut),
        (6600, 6999, Province.Luxembourg),
        (7000, 7999, Province.Hainaut),
        (8000, 8999, Province.WestFlanders),
        (9000, 9999, Province.EastFlanders),
    ];

    /// <summary>True for four digits from 1000 to 9999.</summary>
    public static bool IsValid(string? postalCode) => Parse(postalCode) is not null;

    public static Province? ProvinceOf(string? postalCode)
    {
        var number = Parse(postalCode);
        if (number is null) return null;
        foreach (var (from, to, province) in Ranges)
            if (number >= from && number <= to) return province;
        return null;
    }

    public static Region? RegionOf(string? postalCode) => ProvinceOf(postalCode)?.Region;

    private static int? Parse(string? postalCode)
    {
        var text = postalCode?.Trim();
        if (text is null || text.Length != 4 || !text.All(char.IsAsciiDigit)) return null;
        var number = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return number >= 1000 ? number : null;
    }
}
