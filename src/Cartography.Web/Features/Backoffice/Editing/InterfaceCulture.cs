using System.Globalization;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>The culture the back office speaks in for this request or circuit (French if it is none of ours).</summary>
public static class InterfaceCulture
{
    public static Culture Current => Culture.TryParse(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var culture) ? culture : Culture.Fr;
}
