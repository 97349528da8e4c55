namespace Cartography.Core.Content;

/// <summary>Languages a service can work in: ISO 639-1 codes, plus the two Belgian sign languages.</summary>
public static class ServiceLanguages
{
    public static IReadOnlyList<string> All { get; } =
        ["fr", "nl", "de", "en", "ar", "es", "it", "pl", "pt", "ro", "ru", "tr", "uk", "lsfb", "vgt"];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);
}
