namespace Cartography.Core.Places;

/// <summary>A province (or the Brussels-Capital Region, which has none), keyed as in URLs, the API and CSV.</summary>
public sealed record Province(string Key, Region Region)
{
    public static readonly Province Brussels = new("brussels", Region.Brussels);
    public static readonly Province Antwerp = new("antwerp", Region.Flanders);
    public static readonly Province Limburg = new("limburg", Region.Flanders);
    public static readonly Province EastFlanders = new("east-flanders", Region.Flanders);
    public static readonly Province FlemishBrabant = new("flemish-brabant", Region.Flanders);
    public static readonly Province WestFlanders = new("west-flanders", Region.Flanders);
    public static readonly Province WalloonBrabant = new("walloon-brabant", Region.Wallonia);
    public static readonly Province Hainaut = new("hainaut", Region.Wallonia);
    public static readonly Province Liege = new("liege", Region.Wallonia);
    public static readonly Province Luxembourg = new("luxembourg", Region.Wallonia);
    public static readonly Province Namur = new("namur", Region.Wallonia);

    public static IReadOnlyList<Province> All { get; } =
    [
        Brussels, Antwerp, Limburg, EastFlanders, FlemishBrabant, WestFlanders,
        WalloonBrabant, Hainaut, Liege, Luxembourg, Namur,
    ];

    public static bool TryParse(string? key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Province? province)
    {
        province = All.FirstOrDefault(p => p.Key == key);
        return province is not null;
    }

    public override string ToString() => Key;
}
