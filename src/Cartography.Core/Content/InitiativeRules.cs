using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;

namespace Cartography.Core.Content;

/// <summary>What makes an initiative fit for the directory. Returns every violation, not just the first.</summary>
public static class InitiativeRules
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 8000;
    public const int FirstYear = 1950;
    public const int MaxCityLength = 100;

    /// <summary>A city that names none of its postal code's several places (1300: Limal or Wavre).</summary>
    public const string CityNotInPostalCode = "Rule_City_NotInPostalCode";

    /// <summary>A city that is not the one place of its postal code.</summary>
    public const string CityOfOtherPlace = "Rule_City_OtherPlace";

    public static IReadOnlyList<RuleViolation> Validate(Initiative initiative, TermSet terms, int currentYear)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message, params string[] arguments) => violations.Add(new(field, code, message, arguments));

        if (initiative.Name.IsEmpty) Fail("name", "Rule_Name_Required", "a name is required in at least one language");
        foreach (var (culture, name) in initiative.Name.Values)
            if (name.Length > MaxNameLength) Fail($"name_{culture}", "Rule_Name_TooLong", $"the {culture} name is longer than {MaxNameLength} characters");
        foreach (var (culture, text) in initiative.Description.Values)
            if (text.Length > MaxDescriptionLength) Fail($"description_{culture}", "Rule_Description_TooLong", $"the {culture} description is longer than {MaxDescriptionLength} characters");

        CheckTerms("sectors", Vocabulary.Sector, initiative.Sectors, required: true);
        CheckTerms("types", Vocabulary.Type, initiative.Types, required: true);
        CheckTerms("publics", Vocabulary.Public, initiative.Publics, required: false);
        if (!terms.Contains(Vocabulary.Status, initiative.Status))
            Fail("status", "Rule_Status_Unknown", $"'{initiative.Status}' is not a peer-worker status");

        CheckPlace(initiative.Address);
        if (initiative.Location is { IsInBelgium: false })
            Fail("location", "Rule_Location_OutsideBelgium", "the map position is outside Belgium (are latitude and longitude swapped?)");

        if (initiative.Website is { } website && !WebAddress.IsValid(website))
            Fail("website", "Rule_Website_Invalid", $"'{website}' is not a web address starting with http:// or https://");
        if (initiative.Contact.Email is { } email && !EmailAddress.IsValid(email))
            Fail("email", "Rule_Email_Invalid", $"'{email}' is not an email address");
        foreach (var language in initiative.Languages.Where(l => !ServiceLanguages.IsKnown(l)))
            Fail("languages", "Rule_Language_Unknown", $"'{language}' is not a known language code");
        if (initiative.StartedYear is { } year && (year < FirstYear || year > currentYear + 1))
            Fail("started_year", "Rule_StartedYear_OutOfRange", $"the year started must lie between {FirstYear} and {currentYear + 1}");
        if (initiative.PeerWorkerCount is < 0 or > 10_000)
            Fail("peer_workers", "Rule_PeerWorkers_OutOfRange", "the number of peer workers must lie between 0 and 10000");
        violations.AddRange(VisitRules.Validate(initiative));
        return violations;

        // Only bpost's list counts (1001 and 9999 are four digits but no postal code), and the city must name one of the
        // code's places in some language, so that the address resolves to a municipality.
        void CheckPlace(Address address)
        {
            var code = address.PostalCode?.Trim() ?? "";
            var places = BelgianPlaces.Belgium.PlacesOf(code);
            if (code.Length == 0) Fail("postal_code", "Rule_PostalCode_Required", "the postal code is required");
            else if (places.Count == 0) Fail("postal_code", "Rule_PostalCode_Invalid", $"'{code}' is not a Belgian postal code", code);
            if (string.IsNullOrWhiteSpace(address.City)) { Fail("city", "Rule_City_Required", "the city is required"); return; }
            if (address.City.Trim().Length > MaxCityLength)
            {
                Fail("city", "Rule_City_TooLong", $"the city is longer than {MaxCityLength} characters", MaxCityLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            if (places.Count == 0 || BelgianPlaces.Belgium.Find(code, address.City) is not null) return;
            var city = address.City.Trim();
            var names = string.Join(", ", places.Select(p => p.LocalName).Distinct(StringComparer.Ordinal));
            if (places.Count > 1)
                Fail("city", CityNotInPostalCode, $"'{city}' is not one of the places with postal code {code}: choose one of {names}", city, code, names);
            else
                Fail("city", CityOfOtherPlace, $"postal code {code} is {names}, not '{city}'", city, code, names);
        }

        void CheckTerms(string field, Vocabulary vocabulary, IReadOnlyList<string> keys, bool required)
        {
            if (required && keys.Count == 0) Fail(field, $"Rule_{Pascal(vocabulary)}_Required", $"at least one {vocabulary.Key} is required");
            foreach (var key in keys.Where(k => !terms.Contains(vocabulary, k)))
                Fail(field, $"Rule_{Pascal(vocabulary)}_Unknown", $"'{key}' is not a known {vocabulary.Key}");
        }

        static string Pascal(Vocabulary vocabulary) => char.ToUpperInvariant(vocabulary.Key[0]) + vocabulary.Key[1..];
    }
}
