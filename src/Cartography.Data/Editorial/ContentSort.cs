namespace Cartography.Data.Editorial;

/// <summary>What a back office list is ordered by.</summary>
public enum ContentSort
{
    LastSaved,
    /// <summary>The name in the fallback order fr, nl, en, ignoring case and accents.</summary>
    Name,
    State,
}
