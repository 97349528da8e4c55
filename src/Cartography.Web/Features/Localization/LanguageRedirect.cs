using Cartography.Core.Cultures;
using Microsoft.Net.Http.Headers;

namespace Cartography.Web.Features.Localization;

public static class LanguageRedirect
{
    /// <summary><c>/</c> sends the visitor to the home page in the first site language their browser accepts, else French.</summary>
    public static IEndpointRouteBuilder MapLanguageRedirect(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request) =>
        {
            var culture = Choose(request.GetTypedHeaders().AcceptLanguage);
            return Results.Redirect($"/{culture.Code}/");
        }).ExcludeFromDescription();
        return app;
    }

    public static Culture Choose(IList<StringWithQualityHeaderValue>? acceptLanguage)
    {
        var preferred = (acceptLanguage ?? [])
            .Where(l => (l.Quality ?? 1) > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in preferred)
        {
            var code = language.Value.Value?.Split('-')[0];
            if (Culture.TryParse(code, out var culture)) return culture;
        }
        return Culture.Fr;
    }
}
