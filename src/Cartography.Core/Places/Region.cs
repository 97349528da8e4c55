namespace Cartography.Core.Places;

/// <summary>Belgium's three regions, keyed as in URLs, the API and CSV.</summary>
public sealed record Region(string Key)
{
    public static readonly Region Brussels = new("brussels");
    public static readonly Region Flanders = new("flanders");
    public static readonly Region Wallonia = new("wallonia");

    public static IReadOnlyList<Region> All { get; } = [Brussels, Flanders, Wallonia];

    public static bool TryParse(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region)
    {
        region = All.FirstOrDefault(r => r.Key == key);
        return region is not null;
    }

    public override string ToString() => Key;
}
