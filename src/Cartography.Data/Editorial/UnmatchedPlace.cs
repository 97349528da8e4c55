using Cartography.Core.Cultures;

namespace Cartography.Data.Editorial;

/// <summary>An initiative whose city names none of its postal code's places: it keeps its string until an editor fixes it.</summary>
public sealed record UnmatchedPlace(Guid Id, LocalizedText Name, string PostalCode, string City);
