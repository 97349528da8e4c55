using Cartography.Search.Map;
using Cartography.Search.Searching;
using Cartography.Web.Features.Initiatives;
using Cartography.Web.Features.Localization;
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
        [FromQuery] string? take, [FromQuery] string[]? municipality, DirectorySearch search, Search.ReadModel.DirectoryReadModel directory,
        IStringLocalizer<SharedResource> localizer)
    {
        var raw = new InitiativeFilter.Raw(culture, sector, type, status, province, q, skip, take, region, publics, language, active, near, TextParameter: "q", Municipality: municipality);
        var (query, errors) = InitiativeFilter.Parse(raw, directory.Current.Terms);
        var (map, mapErrors) = MapFilter.Parse(bbox, zoom);
        if (errors.Count + mapErrors.Count > 0) return Problems.BadRequest(errors.Concat(mapErrors), localizer);
        var result = search.Search(query, map);
        var snapshot = directory.Current;
        return TypedResults.Ok(new SearchAnswer(
            result.Total,
            // The place in the answer's culture ("Luik" for culture=nl), as the read model resolved it.
            result.Items.Select(i => InitiativeSummary.From(i.Initiative, query.Culture, i.DistanceKm) with
            {
                City = snapshot.CityIn(i.Initiative, query.Culture) ?? i.Initiative.Content.Address.City,
            }).ToList(),
            result.Facets,
            result.Map?.Features));
    }

    /// <summary>
    /// Names completing what was typed: first the municipalities whose name (any language) begins with it, with their
    /// number of initiatives for the filters given (<c>kind: "place"</c>), then initiatives (<c>kind: "initiative"</c>).
    /// </summary>
    public static Results<Ok<IReadOnlyList<SuggestionAnswer>>, ProblemHttpResult> Suggest(
        [FromQuery] string? culture, [FromQuery] string? q, [FromQuery] string[]? sector, [FromQuery] string[]? type,
        [FromQuery] string[]? status, [FromQuery] string[]? province, [FromQuery] string[]? region,
        [FromQuery(Name = "public")] string[]? publics, [FromQuery] string[]? language, [FromQuery] string? active,
        [FromQuery] string[]? municipality, DirectorySearch search, Search.ReadModel.DirectoryReadModel directory,
        IStringLocalizer<SharedResource> localizer)
    {
        var raw = new InitiativeFilter.Raw(culture, sector, type, status, province, q, null, null, region, publics, language, active, null, TextParameter: "q", Municipality: municipality);
        var (query, errors) = InitiativeFilter.Parse(raw, directory.Current.Terms);
        if (errors.Count > 0) return Problems.BadRequest(errors, localizer);
        var snapshot = directory.Current;
        var places = search.SuggestPlaces(query, query.Text ?? "")
            .Select(p => new SuggestionAnswer(null, p.Name, null, "place", p.NisCode, p.Count,
                localizer.Plural(query.Culture, "Search_PlaceSuggestion", p.Count, p.Name).Value,
                [p.Centre.Latitude, p.Centre.Longitude]));
        var initiatives = search.Suggest(query.Culture, query.Text ?? "")
            .Select(s => snapshot.FindInitiative(s.Id) is { } found ? new SuggestionAnswer(s.Id, s.Name, Shared.Links.Initiative(query.Culture, found.Content)) : null)
            .OfType<SuggestionAnswer>();
        IReadOnlyList<SuggestionAnswer> answer = places.Concat(initiatives).ToList();
        return TypedResults.Ok(answer);
    }
}

public sealed record SearchAnswer(
    int Total,
    IReadOnlyList<InitiativeSummary> Items,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets,
    NetTopologySuite.Features.FeatureCollection? Map);

/// <summary>One suggestion: an initiative (id, name, url) or a place (municipality, count, label, centre as [lat, lon]).</summary>
public sealed record SuggestionAnswer(
    Guid? Id, string Name, string? Url, string Kind = "initiative", string? Municipality = null, int? Count = null,
    string? Label = null, double[]? Centre = null);
