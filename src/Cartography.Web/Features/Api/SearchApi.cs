using Cartography.Search.Map;
using Cartography.Search.Searching;
using Cartography.Web.Features.Initiatives;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Api;

/// <summary><c>/api/v1/search</c> (text, facets, the map of the hits in view) and <c>/api/v1/suggest</c> (the search box).</summary>
public static class SearchApi
{
    /// <summary>The map part of an answer is GeoJSON, written by NetTopologySuite's converter.</summary>
    public static WebApplicationBuilder AddSearchApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(MapLayer.JsonConverter));
        return builder;
    }

    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Search");
        api.MapGet("/search", Search);
        api.MapGet("/suggest", Suggest);
        return app;
    }

    public static Results<Ok<SearchAnswer>, ProblemHttpResult> Search(
        [FromQuery] string? culture, [FromQuery] string? q, [FromQuery] string[]? sector, [FromQuery] string[]? type,
        [FromQuery] string[]? status, [FromQuery] string[]? province, [FromQuery] string[]? region,
        [FromQuery(Name = "public")] string[]? publics, [FromQuery] string[]? language, [FromQuery] string? active,
        [FromQuery] string? near, [FromQuery] string? bbox, [FromQuery] string? zoom, [FromQuery] string? skip,
        [FromQuery] string? take, DirectorySearch search, Search.ReadModel.DirectoryReadModel directory,
        IStringLocalizer<SharedResource> localizer)
    {
        var raw = new InitiativeFilter.Raw(culture, sector, type, status, province, q, skip, take, region, publics, language, active, near, TextParameter: "q");
        var (query, errors) = InitiativeFilter.Parse(raw, directory.Current.Terms);
        var (map, mapErrors) = MapFilter.Parse(bbox, zoom);
        if (errors.Count + mapErrors.Count > 0) return Problems.BadRequest(errors.Concat(mapErrors), localizer);
        var result = search.Search(query, map);
        return TypedResults.Ok(new SearchAnswer(
            result.Total,
            result.Items.Select(i => InitiativeSummary.From(i.Initiative, query.Culture, i.DistanceKm)).ToList(),
            result.Facets,
            result.Map?.Features));
    }

    public static Results<Ok<IReadOnlyList<SuggestionAnswer>>, ProblemHttpResult> Suggest(
        [FromQuery] string? culture, [FromQuery] string? q, DirectorySearch search, Search.ReadModel.DirectoryReadModel directory,
        IStringLocalizer<SharedResource> localizer)
    {
        var (query, errors) = InitiativeFilter.Parse(new(culture, Text: q, TextParameter: "q"), directory.Current.Terms);
        if (errors.Count > 0) return Problems.BadRequest(errors, localizer);
        var snapshot = directory.Current;
        IReadOnlyList<SuggestionAnswer> answer = search.Suggest(query.Culture, query.Text ?? "")
            .Select(s => snapshot.FindInitiative(s.Id) is { } found ? new SuggestionAnswer(s.Id, s.Name, Shared.Links.Initiative(query.Culture, found.Content)) : null)
            .OfType<SuggestionAnswer>().ToList();
        return TypedResults.Ok(answer);
    }
}

public sealed record SearchAnswer(
    int Total,
    IReadOnlyList<InitiativeSummary> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    NetTopologySuite.Features.FeatureCollection? Map);

public sealed record SuggestionAnswer(Guid Id, string Name, string Url);
