using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Microsoft.AspNetCore.Routing.Matching;

namespace Cartography.Web.Features.Pages;

/// <summary>
/// The editorial pages' addresses, /{lang}/{slug} and /{lang}/{parent}/{slug}, take what no other endpoint takes and
/// nothing more: literal routes (/{lang}/portraits) outrank them by precedence; they answer GET only, so a wrong
/// method elsewhere (POST /api/v1/search) stays a 405; and <see cref="PublishedPagePolicy"/> drops them unless a
/// published page is at the address, so an unknown address (/api/nowhere, /nl/xyz) is answered as it was before pages
/// existed: the API's problem+json 404, the not-found page. (Razor component endpoints take no order.)
/// </summary>
public static class PageRoutes
{
    /// <summary>The templates of <see cref="PageView"/>'s @page directives, which must say the same.</summary>
    public const string TopLevel = "/{lang}/{slug}";
    public const string Child = "/{lang}/{parentSlug}/{slug}";

    public static IServiceCollection AddPageRoutes(this IServiceCollection services)
    {
        services.AddSingleton<MatcherPolicy, PublishedPagePolicy>();
        return services;
    }

    public static RazorComponentsEndpointConventionBuilder WithPageRoutes(this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder { RoutePattern.RawText: TopLevel or Child }) return;
            // The endpoint reads the last of these: pages have no forms to post.
            endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get]));
            endpoint.Metadata.Add(Marker.Instance);
        });
        return builder;
    }

    private sealed class Marker
    {
        public static readonly Marker Instance = new();
    }

    /// <summary>Leaves a page endpoint out of the candidates unless its {lang} is fr, nl or en and a published page is there.</summary>
    private sealed class PublishedPagePolicy : MatcherPolicy, IEndpointSelectorPolicy
    {
        public override int Order => 0;

        public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(e => e.Metadata.GetMetadata<Marker>() is not null);

        public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!candidates.IsValidCandidate(i) || candidates[i].Endpoint.Metadata.GetMetadata<Marker>() is null) continue;
                var values = candidates[i].Values;
                var lang = values?["lang"] as string;
                var slug = values?["slug"] as string;
                var parent = values?["parentSlug"] as string;
                var pages = httpContext.RequestServices.GetRequiredService<DirectoryReadModel>().Current.Pages;
                var found = Culture.TryParse(lang, out var culture) && culture!.Code == lang && slug is not null
                    && (parent is null ? pages.Find(culture, slug) : pages.Find(culture, parent, slug)) is not null;
                if (!found) candidates.SetValidity(i, false);
            }
            return Task.CompletedTask;
        }
    }
}
