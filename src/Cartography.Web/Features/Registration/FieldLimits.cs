using Cartography.Core.Content;

namespace Cartography.Web.Features.Registration;

/// <summary>The longest value each field of the registration form takes: the same numbers go to <c>maxlength</c>.</summary>
public static class FieldLimits
{
    public const int Organisation = 200;
    public const int Name = InitiativeRules.MaxNameLength;
    public const int Description = InitiativeRules.MaxDescriptionLength;
    public const int Street = 200;
    public const int PostalCode = 10;
    public const int City = 100;
    public const int Coordinate = 20;
    public const int Count = 6;
    public const int Year = 6;
    public const int Website = 500;
    public const int Email = 254;
    public const int Phone = 40;
    public const int Person = 200;
    public const int Role = 200;
    public const int TermKey = 100;
    /// <summary>A day's time ranges as typed: four ranges with spaces fit easily.</summary>
    public const int Hours = 100;
    public const int Note = VisitRules.MaxNoteLength;
    public const int Choice = 20;
    /// <summary>More choices than any vocabulary holds is not a person ticking boxes.</summary>
    public const int Choices = 50;
}
