using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Shared;

/// <summary>A public page under <c>/{lang}/</c>: parses the culture once and answers 404 for anything but fr, nl, en.</summary>
public abstract class CulturePage : ComponentBase
{
    [Parameter] public string? Lang { get; set; }

    [Inject] protected NavigationManager Navigation { get; set; } = null!;
    [Inject] protected IStringLocalizer<SharedResource> L { get; set; } = null!;
    [Inject] protected DirectoryReadModel Directory { get; set; } = null!;

    protected Culture Culture { get; private set; } = Culture.Fr;

    protected DirectorySnapshot Snapshot { get; private set; } = DirectorySnapshot.Empty;

    /// <summary>False when the page answered 404; the page then renders nothing of its own.</summary>
    protected bool Found { get; private set; }

    protected sealed override void OnParametersSet()
    {
        Found = Culture.TryParse(Lang, out var culture) && Lang == culture.Code;
        if (!Found)
        {
            Navigation.NotFound();
            return;
        }
        Culture = culture!;
        Snapshot = Directory.Current;
        Found = Load();
        if (!Found) Navigation.NotFound();
    }

    /// <summary>Reads what the page shows; false when the thing asked for does not exist (404).</summary>
    protected virtual bool Load() => true;

    protected string Label(Core.Taxonomy.Vocabulary vocabulary, string key) => Snapshot.Terms.Label(vocabulary, key, Culture).Text;

    protected string Date(DateOnly date) => date.ToString(L["DateFormat"], new System.Globalization.CultureInfo(Culture.Code));
}
