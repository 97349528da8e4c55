using Cartography.Core.Cultures;
using Cartography.Web.Features.Localization;
using Microsoft.Net.Http.Headers;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// The visitor's language for answers written outside the pages (a refused request, a server fault, a re-executed
/// error page): the URL's <c>/fr|nl|en/</c> segment, else <c>?culture=</c>, else the browser's preference, else French.
/// </summary>
public static class VisitorCulture
{
    public static Culture Of(HttpContext context) => FromPath(context.Request.Path) ?? FromRest(context) ?? Culture.Fr;

    /// <summary>The culture the URL names in its first segment.</summary>
    public static Culture? FromPath(PathString path)
    {
        var value = path.Value ?? "";
        if (value.Length < 3 || value[0] != '/' || (value.Length > 3 && value[3] != '/')) return null;
        return Culture.TryParse(value.Substring(1, 2), out var culture) ? culture : null;
    }

    private static Culture? FromRest(HttpContext context)
    {
        if (Culture.TryParse(context.Request.Query["culture"].ToString(), out var asked)) return asked;
        try
        {
            var preferences = context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1);
            foreach (var language in preferences)
                if (Culture.TryParse(language.Value.Value?.Split('-')[0], out var culture)) return culture;
        }
        catch (FormatException)
        {
            // A malformed Accept-Language says nothing.
        }
        return null;
    }

}
