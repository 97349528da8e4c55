using System.Globalization;
using Bunit;
using Cartography.Web.Features.Map;
using Cartography.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>
/// Renders back office components with the site's real resources and Markdown renderer, the interface in English
/// (so assertions read) and JavaScript calls answered by default, as the map needs a browser.
/// </summary>
public abstract class EditorComponentContext : BunitContext
{
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    protected EditorComponentContext()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        Services.AddLocalization();
        Services.AddSingleton<MarkdownRenderer>();
        Services.AddSingleton(Options.Create(new MapOptions()));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = previousUiCulture;
        base.Dispose(disposing);
    }
}
