namespace Cartography.Core.Cultures;

/// <summary>One of the site's three cultures. There are exactly three instances; an unknown code cannot become one.</summary>
public sealed class Culture
{
    public static readonly Culture Fr = new("fr");
    public static readonly Culture Nl = new("nl");
    public static readonly Culture En = new("en");

    public static IReadOnlyList<Culture> All { get; } = [Fr, Nl, En];

    private Culture(string code) => Code = code;

    /// <summary>The two-letter code: <c>fr</c>, <c>nl</c> or <c>en</c>.</summary>
    public string Code { get; }

    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Culture? culture)
    {
        culture = All.FirstOrDefault(c => string.Equals(c.Code, value?.Trim(), StringComparison.OrdinalIgnoreCase));
        return culture is not null;
    }

    public static Culture Parse(string value) =>
        TryParse(value, out var culture) ? culture : throw new FormatException($"'{value}' is not one of fr, nl, en.");

    public override string ToString() => Code;
}
