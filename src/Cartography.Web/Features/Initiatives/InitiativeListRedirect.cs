using Cartography.Core.Cultures;
using Cartography.Web.Features.Shared;
using Microsoft.Extensions.Primitives;

namespace Cartography.Web.Features.Initiatives;

/// <summary>
/// <c>/{lang}/initiatives</c> was a second search form with its own parameters; the home page is now the one search,
/// so the old address sends visitors (and their bookmarks) there with the same filters.
/// </summary>
public static class InitiativeListRedirect
{
    public const string Path = "/{lang}/initiatives";

    public static IEndpointRouteBuilder MapInitiativeListRedirect(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (string lang, HttpRequest request) =>
            // Exactly fr, nl or en, as every culture page: /FR/ and /de/ are not addresses of this site.
            Culture.TryParse(lang, out var culture) && lang == culture.Code
                ? Results.Redirect(Links.Home(culture) + HomeQuery(request.Query), permanent: true)
                : Results.NotFound()).ExcludeFromDescription();
        return app;
    }

    /// <summary>The old query string in the home page's names: <c>text</c> became <c>q</c>; the others kept theirs.</summary>
    public static string HomeQuery(IQueryCollection query)
    {
        var parameters = new List<KeyValuePair<string, StringValues>>();
        foreach (var (name, values) in query)
        {
            if (name == "text")
            {
                if (!query.ContainsKey("q")) parameters.Add(new("q", values));
            }
            else parameters.Add(new(name, values));
        }
        return Microsoft.AspNetCore.Http.QueryString.Create(parameters).ToUriComponent();
    }
}
