using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Web.Features.Api;
using Cartography.Web.Features.Initiatives;
using Cartography.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Places;

/// <summary>
/// <c>GET /api/v1/postal-codes/1300?culture=fr</c>: the postal code's places, with their municipality and a marker
/// position, so that a form can offer the choice and place its marker as soon as the code is typed.
/// </summary>
public static class PostalCodesApi
{
    public static IEndpointRouteBuilder MapPostalCodesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/postal-codes").WithTags("Places").MapGet("/{postalCode}", Get);
        return app;
    }

    public static Results<Ok<PostalCodePlaces>, ProblemHttpResult> Get(
        string postalCode, [FromQuery] string? culture, IStringLocalizer<SharedResource> localizer)
    {
        var errors = new List<FilterError>();
        var code = postalCode?.Trim();
        if (string.IsNullOrEmpty(code)) errors.Add(new("postalCode", "", "Error_PostalCode_Missing"));
        else if (code.Length != 4 || !code.All(char.IsAsciiDigit)) errors.Add(new("postalCode", Shorten(code), "Error_PostalCode"));
        if (!Culture.TryParse(culture ?? Culture.Fr.Code, out var parsed)) errors.Add(new("culture", Shorten(culture ?? ""), "Error_Culture"));
        if (errors.Count > 0) return Problems.BadRequest(errors, localizer);

        var options = PostalPlaceOption.Of(code, parsed!);
        if (options.Count == 0)
        {
            var message = localizer["Error_PostalCode_Unknown", "postalCode", code!].Value;
            return TypedResults.Problem(title: localizer["Error_PostalCode_Title"], detail: message, statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["postalCode"] = [message] } });
        }
        var province = options[0].Place.Municipality.Province;
        return TypedResults.Ok(new PostalCodePlaces(
            code!, province.Key, province.Region.Key,
            options.Select(o => new PostalPlaceAnswer(
                o.Name, o.Label(localizer), o.Place.Municipality.NisCode, o.Municipality,
                Math.Round(o.Place.Centre.Latitude, 5), Math.Round(o.Place.Centre.Longitude, 5))).ToList()));
    }

    // What a visitor sent is echoed in the message; a long one is cut so the answer stays small.
    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}

/// <summary>The answer: the code, its province and region keys, and its places in the culture asked for.</summary>
public sealed record PostalCodePlaces(string PostalCode, string Province, string Region, IReadOnlyList<PostalPlaceAnswer> Places);

/// <summary>
/// One place: <c>name</c> is what goes in the city field, <c>label</c> what a list shows ("Limal (municipality of Wavre)"),
/// <c>latitude</c>/<c>longitude</c> the place's position (else its municipality's centre).
/// </summary>
public sealed record PostalPlaceAnswer(string Name, string Label, string Municipality, string MunicipalityName, double Latitude, double Longitude);
