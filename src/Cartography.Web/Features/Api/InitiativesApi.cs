using Cartography.Core.Cultures;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Web.Features.Initiatives;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Api;

/// <summary><c>/api/v1/initiatives</c>: the published directory, read-only.</summary>
public static class InitiativesApi
{
    public static IEndpointRouteBuilder MapInitiativesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/initiatives").WithTags("Initiatives");
        api.MapGet("/", List);
        api.MapGet("/{id}", Get);
        return app;
    }

    public static Results<Ok<InitiativeList>, ProblemHttpResult> List(
        [FromQuery] string? culture, [FromQuery] string[]? sector, [FromQuery] string[]? type, [FromQuery] string[]? status,
        [FromQuery] string[]? province, [FromQuery] string? text, [FromQuery] string? skip, [FromQuery] string? take,
        DirectoryReadModel directory, DirectorySearch search, IStringLocalizer<SharedResource> localizer)
    {
        var (query, errors) = InitiativeFilter.Parse(new(culture, sector, type, status, province, text, skip, take), directory.Current.Terms);
        if (errors.Count > 0) return Problems.BadRequest(errors, localizer);
        var page = search.Search(query);
        return TypedResults.Ok(new InitiativeList(page.Total, page.Items.Select(i => InitiativeSummary.From(i.Initiative, query.Culture)).ToList()));
    }

    public static Results<Ok<InitiativeDetails>, ProblemHttpResult> Get(
        string id, [FromQuery] string? culture, DirectoryReadModel directory, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    {
        var errors = new List<FilterError>();
        if (!Guid.TryParse(id, out var guid)) errors.Add(new("id", id, "Error_Id"));
        if (!Culture.TryParse(culture ?? Culture.Fr.Code, out var parsed)) errors.Add(new("culture", culture ?? "", "Error_Culture"));
        if (errors.Count > 0) return Problems.BadRequest(errors, localizer);
        var snapshot = directory.Current;
        if (snapshot.FindInitiative(guid) is not { } initiative) return Problems.NotFound(localizer);
        return TypedResults.Ok(InitiativeDetails.From(initiative, snapshot.OrganisationOf(initiative.Content), parsed!, clock.GetUtcNow()));
    }
}
