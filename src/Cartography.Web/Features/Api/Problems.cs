using Cartography.Web.Features.Initiatives;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Api;

/// <summary>RFC 9457 problem details, localized, naming each bad parameter under <c>errors</c>.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(IEnumerable<FilterError> errors, IStringLocalizer<SharedResource> localizer)
    {
        var byParameter = errors.GroupBy(e => e.Parameter)
            .ToDictionary(g => g.Key, g => g.Select(e => localizer[e.MessageKey, e.Parameter, e.Value].Value).ToArray());
        return TypedResults.Problem(
            title: localizer["Error_BadRequest"],
            detail: string.Join(" ", byParameter.Values.SelectMany(m => m)),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = byParameter });
    }

    public static ProblemHttpResult NotFound(IStringLocalizer<SharedResource> localizer) =>
        TypedResults.Problem(title: localizer["Error_NotFound"], statusCode: StatusCodes.Status404NotFound);
}
