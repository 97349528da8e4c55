using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Shared;

/// <summary>
/// The cultures that texts on the page being rendered fell back to (one per request): filled by
/// <see cref="Localized"/> and <see cref="MarkdownText"/> as they render, read by the page's one
/// <see cref="FallbackNote"/> near the top, which renders again when a culture is added further down.
/// </summary>
public sealed class PageFallbacks
{
    private readonly List<Culture> cultures = [];

    public IReadOnlyList<Culture> Cultures => cultures;

    public event Action? Changed;

    public void Add(Culture culture)
    {
        if (cultures.Contains(culture)) return;
        cultures.Add(culture);
        Changed?.Invoke();
    }
}
