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

    public static IReadOnlyList<RuleViolation> Validate(Initiative initiative, TermSet terms, int currentYear)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string message) => violations.Add(new(field, code, message));

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

        if (!PostalCodes.IsValid(initiative.Address.PostalCode))
            Fail("postal_code", "Rule_PostalCode_Invalid", $"'{initiative.Address.PostalCode}' is not a Belgian postal code (four digits, 1000 to 9999)");
        if (string.IsNullOrWhiteSpace(initiative.Address.City))
            Fail("city", "Rule_City_Required", "the city is required");
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

        void CheckTerms(string field, Vocabulary vocabulary, IReadOnlyList<string> keys, bool required)
        {
            if (required && keys.Count == 0) Fail(field, $"Rule_{Pascal(vocabulary)}_Required", $"at least one {vocabulary.Key} is required");
            foreach (var key in keys.Where(k => !terms.Contains(vocabulary, k)))
                Fail(field, $"Rule_{Pascal(vocabulary)}_Unknown", $"'{key}' is not a known {vocabulary.Key}");
        }

        static string Pascal(Vocabulary vocabulary) => char.ToUpperInvariant(vocabulary.Key[0]) + vocabulary.Key[1..];
    }
}
