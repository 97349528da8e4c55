using Cartography.Core.Content;

namespace Cartography.Data.Writing;

/// <summary>
/// Every version of an initiative is stored with its place matched, whoever writes it (back office, moderation,
/// registrations, the imports, the seed, a rollback): the municipality's NIS code, and the city spelt as the postal
/// place is. A city that names none of its postal code's places is kept as written, without a municipality.
/// </summary>
internal static class InitiativePlaces
{
    public static object Resolve(object content) => content is Initiative initiative ? Resolve(initiative) : content;

    public static Initiative Resolve(Initiative initiative)
    {
        var resolved = initiative.Address.Resolved();
        return resolved == initiative.Address ? initiative : initiative with { Address = resolved };
    }

    /// <summary>
    /// What stored versions lack a municipality: nulls are not written (<see cref="Content.ContentJson"/>), so a matched
    /// version's JSON holds this and an unmatched one's does not. Inside a text the quotes would be escaped.
    /// </summary>
    public const string MatchedMarker = "\"municipality\":\"";

    /// <summary>An initiative's JSON with no postal code yet (a new item named and not yet given an address): nothing to match.</summary>
    public const string NoPostalCodeMarker = "\"postalCode\":\"\"";
}
