using System.Globalization;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;
using Cartography.Search.ReadModel;

namespace Cartography.Web.Features.Initiatives;

/// <summary>A request parameter that could not be used: which one, the value given, and the message's resource key.</summary>
public sealed record FilterError(string Parameter, string Value, string MessageKey);

/// <summary>Turns raw request parameters into an <see cref="InitiativeQuery"/>, once, for the list page and the API.</summary>
public static class InitiativeFilter
{
    public sealed record Raw(
        string? Culture = null,
        string[]? Sector = null,
        string[]? Type = null,
        string[]? Status = null,
        string[]? Province = null,
        string? Text = null,
        string? Skip = null,
        string? Take = null,
        string[]? Region = null,
        string[]? Public = null,
        string[]? Language = null,
        string? Active = null,
        string? Near = null,
        string TextParameter = "text",
        string[]? Municipality = null);

    public static (InitiativeQuery Query, IReadOnlyList<FilterError> Errors) Parse(Raw raw, TermSet terms, Culture? culture = null)
    {
        var errors = new List<FilterError>();
        if (culture is null && !Culture.TryParse(raw.Culture ?? Culture.Fr.Code, out culture))
        {
            errors.Add(new("culture", raw.Culture ?? "", "Error_Culture"));
            culture = Culture.Fr;
        }
        var text = string.IsNullOrWhiteSpace(raw.Text) ? null : raw.Text.Trim();
        if (text is { Length: > InitiativeQuery.MaxTextLength })
        {
            errors.Add(new(raw.TextParameter, text[..20] + "…", "Error_TextTooLong"));
            text = null;
        }
        var query = new InitiativeQuery
        {
            Culture = culture,
            Sectors = Terms("sector", raw.Sector, Vocabulary.Sector),
            Types = Terms("type", raw.Type, Vocabulary.Type),
            Statuses = Terms("status", raw.Status, Vocabulary.Status),
            Provinces = Provinces(raw.Province),
            Regions = Regions(raw.Region),
            Publics = Terms("public", raw.Public, Vocabulary.Public),
            Languages = Languages(raw.Language),
            Municipalities = Municipalities(raw.Municipality),
            ActiveOnly = Flag("active", raw.Active),
            Near = Point("near", raw.Near),
            Text = text,
            Skip = Number("skip", raw.Skip, 0, 0, int.MaxValue),
            Take = Number("take", raw.Take, 20, 1, InitiativeQuery.MaxTake),
        };
        return (query, errors);

        HashSet<string> Terms(string parameter, string[]? values, Vocabulary vocabulary)
        {
            var keys = new HashSet<string>();
            foreach (var value in Values(values))
            {
                if (terms.Contains(vocabulary, value)) keys.Add(value);
                else errors.Add(new(parameter, value, "Error_UnknownValue"));
            }
            return keys;
        }

        HashSet<Province> Provinces(string[]? values)
        {
            var provinces = new HashSet<Province>();
            foreach (var value in Values(values))
            {
                if (Core.Places.Province.TryParse(value, out var province)) provinces.Add(province);
                else errors.Add(new("province", value, "Error_UnknownValue"));
            }
            return provinces;
        }

        HashSet<Region> Regions(string[]? values)
        {
            var regions = new HashSet<Region>();
            foreach (var value in Values(values))
            {
                if (Region.All.FirstOrDefault(r => r.Key == value) is { } region) regions.Add(region);
                else errors.Add(new("region", value, "Error_UnknownValue"));
            }
            return regions;
        }

        // A municipality is its five-digit NIS code (after the 2025 mergers); names are for the search box, not the filter.
        HashSet<string> Municipalities(string[]? values)
        {
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in Values(values))
            {
                if (BelgianPlaces.Belgium.Municipality(value) is { } municipality) codes.Add(municipality.NisCode);
                else errors.Add(new("municipality", value.Length > 20 ? value[..20] + "…" : value, "Error_UnknownMunicipality"));
            }
            return codes;
        }

        HashSet<string> Languages(string[]? values)
        {
            var languages = new HashSet<string>();
            foreach (var value in Values(values))
            {
                if (ServiceLanguages.IsKnown(value)) languages.Add(value);
                else errors.Add(new("language", value, "Error_UnknownValue"));
            }
            return languages;
        }

        bool Flag(string parameter, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return false;
            if (bool.TryParse(value, out var flag)) return flag;
            errors.Add(new(parameter, value, "Error_Boolean"));
            return false;
        }

        GeoPoint? Point(string parameter, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var parts = value.Split(',');
            if (parts.Length == 2 && Coordinate(parts[0]) is { } latitude && Coordinate(parts[1]) is { } longitude &&
                GeoPoint.IsValid(latitude, longitude))
                return new GeoPoint(latitude, longitude);
            errors.Add(new(parameter, value, "Error_Near"));
            return null;
        }

        int Number(string parameter, string? value, int fallback, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value)) return fallback;
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
            errors.Add(new(parameter, value, parameter == "take" ? "Error_Take" : "Error_Skip"));
            return fallback;
        }
    }

    /// <summary>A decimal number written with a point, as in every map URL, whatever the page's language.</summary>
    public static double? Coordinate(string text) =>
        double.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) &&
        double.IsFinite(number) ? number : null;

    private static IEnumerable<string> Values(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct();
}
